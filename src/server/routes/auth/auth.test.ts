import { beforeEach, describe, expect, it } from "vitest";
import { buildApp } from "../../app";
import { freshApp, signIn, type TestContext } from "../../testing/app";

let ctx: TestContext;
beforeEach(async () => {
  ctx = await freshApp();
});

describe("auth", () => {
  it("refuses a wrong password with a Spanish message and a stable code", async () => {
    await signIn(ctx, "partner_operator");
    const response = await ctx.app.inject({
      method: "POST",
      url: "/api/auth/login",
      payload: { email: "partner_operator.1@prueba.co", password: "otra-clave" },
    });
    expect(response.statusCode).toBe(401);
    expect(response.json()).toEqual({
      code: "auth.invalid_credentials",
      message: "Correo o contraseña incorrectos.",
    });
  });

  it("answers 422 with field paths for a malformed login", async () => {
    const response = await ctx.app.inject({
      method: "POST",
      url: "/api/auth/login",
      payload: { email: "no-es-correo" },
    });
    expect(response.statusCode).toBe(422);
    const body = response.json();
    expect(body.code).toBe("request.invalid");
    expect(body.fields.email).toBe("Escriba un correo válido.");
    expect(body.fields.password).toMatch(/[a-záéíóú]/i);
  });

  it("requires a session, then the CSRF token for writes", async () => {
    expect((await ctx.app.inject({ method: "GET", url: "/api/assemblies" })).statusCode).toBe(401);
    const operator = await signIn(ctx, "national_admin");
    const withoutToken = await operator.request({
      method: "POST",
      url: "/api/agreements",
      payload: { number: "9", year: 2024, partnerName: "UNAD" },
      headers: { "x-csrf-token": "falso" },
    });
    expect(withoutToken.statusCode).toBe(403);
    expect(withoutToken.json().code).toBe("auth.csrf");
  });

  it("logs out and changes the password", async () => {
    const admin = await signIn(ctx, "national_admin");
    const wrong = await admin.post("/api/auth/password", {
      currentPassword: "mala",
      newPassword: "una-clave-nueva-larga",
    });
    expect(wrong.statusCode).toBe(422);
    expect(wrong.json().fields.currentPassword).toBe("La contraseña actual no es correcta.");
    const ok = await admin.post("/api/auth/password", {
      currentPassword: "contrasena-de-prueba",
      newPassword: "una-clave-nueva-larga",
    });
    expect(ok.statusCode).toBe(200);
    expect((await admin.post("/api/auth/logout")).statusCode).toBe(200);
    expect((await admin.get("/api/auth/session")).statusCode).toBe(401);
  });

  it("rate-limits logins per IP", async () => {
    const app = await buildApp({ database: ctx.database, config: { loginRateLimit: 3 } });
    const attempt = () =>
      app.inject({ method: "POST", url: "/api/auth/login", payload: { email: "x@y.co", password: "z" } });
    const codes = [];
    for (let i = 0; i < 4; i++) codes.push((await attempt()).statusCode);
    expect(codes).toEqual([401, 401, 401, 429]);
    const limited = await attempt();
    expect(limited.json().code).toBe("rate.limited");
    await app.close();
  });
});
