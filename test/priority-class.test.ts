import { PriorityClass } from '../src/model/priority-class';
import { ConfigError } from '../src/model/errors';

describe('PriorityClass', () => {
  test.each<[string, PriorityClass, string | undefined, string, string]>([
    ['existing', PriorityClass.existing('grid-critical'), 'grid-critical', "PriorityClass.existing('grid-critical')", 'grid-critical'],
    ['existing, a dotted name', PriorityClass.existing('grid.critical-1'), 'grid.critical-1', "PriorityClass.existing('grid.critical-1')", 'grid.critical-1'],
    ['clusterDefault', PriorityClass.clusterDefault(), undefined, 'PriorityClass.clusterDefault()', 'cluster default'],
  ])('%s: the name the pods carry, its source and its summary', (_what, p, name, source, summary) => {
    expect([p.name, p.source, p.summary]).toEqual([name, source, summary]);
  });

  // Every refused name, with its exact message (a configuration error: exit 2, nothing written)
  test.each([
    ['Grid_Critical', 'PriorityClass.existing: "Grid_Critical" must be a PriorityClass name (a lowercase DNS subdomain: letters, digits, \'-\', \'.\')'],
    ['', 'PriorityClass.existing: "" must be a PriorityClass name (a lowercase DNS subdomain: letters, digits, \'-\', \'.\')'],
    ['-critical', 'PriorityClass.existing: "-critical" must be a PriorityClass name (a lowercase DNS subdomain: letters, digits, \'-\', \'.\')'],
    ['system-cluster-critical', 'PriorityClass.existing: "system-cluster-critical" is one of Kubernetes\' own system- classes, for the cluster\'s components: name the platform\'s class for applications'],
    ['system-node-critical', 'PriorityClass.existing: "system-node-critical" is one of Kubernetes\' own system- classes, for the cluster\'s components: name the platform\'s class for applications'],
  ])('existing(%j) is refused', (name, message) => {
    expect(() => PriorityClass.existing(name)).toThrow(new ConfigError(message));
  });
});
