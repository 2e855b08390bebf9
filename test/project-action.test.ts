import { ConfigError } from '../src/model/errors';
import { ProjectAction } from '../src/model/project-action';

describe('ProjectAction', () => {
  test('the factories spell the actions as Argo CD does', () => {
    expect([ProjectAction.get(), ProjectAction.create(), ProjectAction.update(), ProjectAction.delete(), ProjectAction.sync(), ProjectAction.override()].map(String))
      .toEqual(['get', 'create', 'update', 'delete', 'sync', 'override']);
    expect(String(ProjectAction.resourceAction('argoproj.io', 'Rollout', 'restart'))).toBe('action/argoproj.io/Rollout/restart');
  });

  test.each(['sync', 'action/argoproj.io/Rollout/promote-full', 'update/apps/Deployment/web/web', 'delete/*/Pod/*/*'])('ProjectAction.parse(%j)', (text) => {
    expect(String(ProjectAction.parse(text))).toBe(text);
  });

  test.each(['rollback', '*', 'action/', 'Sync'])('ProjectAction.parse(%j) is refused with the actions Argo CD knows', (text) => {
    expect(() => ProjectAction.parse(text)).toThrow(new ConfigError(`action ${JSON.stringify(text)} is not an action Argo CD knows (get, create, update, delete, sync, override, action/…)`));
  });
});
