import type { AgreementDto } from "../../../shared/schemas/agreement";
import type { AssemblySummaryDto } from "../../../shared/schemas/assembly";
import type { UserDto } from "../../../shared/schemas/user";
import { useApi } from "../../api/useApi";
import { useT } from "../../i18n/lang";
import { LoadError } from "../../ui/LoadError";
import { Loading } from "../../ui/Loading";
import { Page } from "../../ui/Page";
import { UserCreateForm } from "./UserCreateForm";
import { UserRow } from "./UserRow";

export default function UsersScreen() {
  const t = useT();
  const users = useApi<UserDto[]>("/api/users");
  const agreements = useApi<AgreementDto[]>("/api/agreements");
  const assemblies = useApi<AssemblySummaryDto[]>("/api/assemblies");
  const list = users.data ?? [];
  const replace = (user: UserDto) => users.setData(list.map((u) => (u.id === user.id ? user : u)));

  return (
    <Page title={t("users.title")}>
      <section aria-labelledby="users-list" className="section">
        <h2 id="users-list">{t("users.list")}</h2>
        {users.error ? <LoadError error={users.error} retry={users.reload} /> : null}
        {users.loading && !users.data ? <Loading /> : null}
        <ul className="cards">
          {list.map((user) => (
            <UserRow
              key={user.id}
              user={user}
              agreements={agreements.data ?? []}
              assemblies={assemblies.data ?? []}
              onChange={replace}
            />
          ))}
        </ul>
      </section>
      <section aria-labelledby="users-new" className="section">
        <h2 id="users-new">{t("users.new")}</h2>
        <UserCreateForm
          agreements={agreements.data ?? []}
          assemblies={assemblies.data ?? []}
          onCreated={(user) => users.setData([...list, user])}
        />
      </section>
    </Page>
  );
}
