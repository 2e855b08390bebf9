import { RbacGroups } from '../../model/argocd';
import { ProjectGrant, ProjectRoleProps } from './argocd-project';

/** The three roles of every project, each bound to its Entra ID groups. */
export type ProjectRoleName = 'developer' | 'sre' | 'ci';

/** What one of the three roles is for and may do. */
export interface ProjectRoleGrants {
  readonly description: string;
  readonly grants: readonly ProjectGrant[];
}

/** The three roles, bound to their groups; grants naming no Application are left out. */
export function projectRoles(groups: RbacGroups, grants: Readonly<Record<ProjectRoleName, ProjectRoleGrants>>): ProjectRoleProps[] {
  const bound: Record<ProjectRoleName, readonly string[]> = { developer: groups.developers, sre: groups.sre, ci: groups.ci };
  return (['developer', 'sre', 'ci'] as const).map((name) => ({
    name,
    description: grants[name].description,
    groups: bound[name],
    grants: grants[name].grants.filter((g) => g.applications.length > 0),
  }));
}
