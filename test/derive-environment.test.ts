import { gridos } from './fixtures/config/apps/gridos';
import { mergeSettings } from '../src/model/application';
import { deriveEnvironment } from '../src/model/derive-environment';

describe('deriveEnvironment', () => {
  const test_ = gridos.environments.find((e) => e.name === 'test')!;

  test('a copy with the name, namespace, host and Slack channel changed; every other override kept', () => {
    // WHEN
    const staging = deriveEnvironment(test_, { name: 'staging', namespace: 'gridos-staging', ingressHost: 'gridos-staging.example.com' });
    // THEN
    expect(staging.name).toBe('staging');
    expect(staging.slackChannel).toBe('gridos-staging-deploys');
    expect(staging.cluster).toBe(test_.cluster);
    const s = mergeSettings(gridos.defaults, staging.overrides);
    const t = mergeSettings(gridos.defaults, test_.overrides);
    expect(s.namespace).toBe('gridos-staging');
    expect(s.ingress).toEqual({ host: 'gridos-staging.example.com' });
    expect({ ...s, namespace: t.namespace, ingress: t.ingress }).toEqual(t);
    expect(test_.overrides?.namespace).toBe('gridos'); // the original is untouched
  });

  test('without changes beyond the name, the settings are the original\'s', () => {
    const copy = deriveEnvironment(test_, { name: 'qa', cluster: { name: 'aks-qa', server: 'https://aks-qa.example.com:443' } });
    expect(mergeSettings(gridos.defaults, copy.overrides)).toEqual(mergeSettings(gridos.defaults, test_.overrides));
    expect(copy.cluster).toEqual({ name: 'aks-qa', server: 'https://aks-qa.example.com:443' });
  });
});
