import type { English } from "../../define";
import type { offline as spanish } from "../offline";

export const offline: English<typeof spanish> = {
  "offline.pending.one": "1 change not sent",
  "offline.pending.other": "{count} changes not sent",
  "offline.synced": "Everything sent",
  "offline.sending": "Sending…",
  "offline.lastSync": "Last sync: {time}",
  "offline.neverSynced": "Not synced yet",
  "offline.offline":
    "No connection: your changes are kept on this phone and sent by themselves when the connection returns.",
  "offline.retryIn": "Retrying in {seconds} s",
  "offline.retryNow": "Send now",
  "offline.details": "See unsent changes",
  "offline.export": "Download the unsent changes",
  "offline.exportHint": "If they cannot be sent, hand this file to whoever runs the assembly.",
  "offline.savedLocally": "Saved on the phone",
  "offline.cachedAt": "Showing what this phone kept ({time}).",
  "offline.capabilityLost":
    "This sub-table's code is no longer valid. Ask the table leader for the new code.",
  "offline.rejected.title": "Changes the server did not accept",
  "offline.rejected.discard": "Discard this change",
  "offline.kind.need.save": "Need",
  "offline.kind.need.delete": "Remove need",
  "offline.kind.solution.save": "Solution",
  "offline.kind.solution.delete": "Remove solution",
  "offline.kind.planItem.save": "Commitment",
  "offline.kind.planItem.delete": "Remove commitment",
  "offline.conflict.title": "Two versions of the same piece",
  "offline.conflict.intro":
    "Someone else saved this piece while you were editing it. Choose which one stays.",
  "offline.conflict.mine": "Your version (on this phone)",
  "offline.conflict.theirs": "The saved version",
  "offline.conflict.theirsBy": "The version saved by {name}",
  "offline.conflict.deleted": "It was removed.",
  "offline.conflict.youDeleted": "You removed it.",
  "offline.conflict.keepMine": "Keep mine",
  "offline.conflict.keepTheirs": "Keep the saved one",
  "offline.conflict.count.one": "1 piece in conflict: choose which version stays.",
  "offline.conflict.count.other": "{count} pieces in conflict: choose which version stays.",
};
