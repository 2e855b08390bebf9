import { ValueError } from './errors';

/** The actions Argo CD accepts in a project role policy (there is no `rollback`: Argo CD authorizes it as sync). */
const VERBS = ['get', 'create', 'update', 'delete', 'sync', 'override'] as const;
/** Resource actions and fine-grained updates and deletes: `action/<group>/<kind>/<action>`, `update/…`, `delete/…`. */
const SUB_ACTION = /^(action|update|delete)\/\S+$/;

/**
 * What an Argo CD project role may do with an Application (or ApplicationSet): the `<action>` of its policy line
 * `p, proj:<project>:<role>, applications, <action>, <project>/<app>, allow`.
 */
export class ProjectAction {
  /** Read the Application and its resource tree. */
  public static get(): ProjectAction {
    return new ProjectAction('get');
  }

  /** Create the Application. */
  public static create(): ProjectAction {
    return new ProjectAction('create');
  }

  /** Change the Application's spec. */
  public static update(): ProjectAction {
    return new ProjectAction('update');
  }

  /** Delete the Application (and with it its workload). */
  public static delete(): ProjectAction {
    return new ProjectAction('delete');
  }

  /** Sync the Application (a rollback too is authorized as sync). */
  public static sync(): ProjectAction {
    return new ProjectAction('sync');
  }

  /** Sync local manifests or parameter overrides. */
  public static override(): ProjectAction {
    return new ProjectAction('override');
  }

  /** Run a resource action on the Application's objects: `action/<group>/<kind>/<action>` (`action/argoproj.io/Rollout/restart`). */
  public static resourceAction(group: string, kind: string, action: string): ProjectAction {
    return ProjectAction.parse(`action/${group}/${kind}/${action}`);
  }

  /**
   * An action as Argo CD spells it: get, create, update, delete, sync, override, or `action/…`, `update/…`, `delete/…`;
   * refuses any other (`rollback`) with the actions Argo CD knows.
   */
  public static parse(text: string): ProjectAction {
    if (!(VERBS as readonly string[]).includes(text) && !SUB_ACTION.test(text)) {
      throw new ValueError(text, `is not an action Argo CD knows (${VERBS.join(', ')}, action/…)`, 'action');
    }
    return new ProjectAction(text);
  }

  private constructor(private readonly text: string) {}

  /** As the policy line writes it. */
  public toString(): string {
    return this.text;
  }
}
