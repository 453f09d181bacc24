// What one side of a diff is, as data: the JSON names it in English, the comment in the
// reader's language (i18n area diff, `side`).
import type { DiffMessages } from "../i18n/catalog";

export type Side =
  | { kind: "organization-file"; path: string }
  | { kind: "organization-file-in"; dir: string }
  | { kind: "project-directory"; dir: string }
  | { kind: "git"; ref: string; commit: string }
  | { kind: "this-tree" }
  | { kind: "deployed-state"; option: string }
  | { kind: "plan"; path: string };

export function describeSide(side: Side, t: DiffMessages["side"]): string {
  switch (side.kind) {
    case "organization-file":
      return t.organizationFile(side.path);
    case "organization-file-in":
      return t.organizationFileIn(side.dir);
    case "project-directory":
      return t.projectDirectory(side.dir);
    case "git":
      return t.git(side.ref, side.commit.slice(0, 12));
    case "this-tree":
      return t.thisTree;
    case "deployed-state":
      return t.deployedState(side.option);
    case "plan":
      return t.plan(side.path);
  }
}
