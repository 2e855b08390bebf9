import { parseYaml, parseYamlDocuments } from '../../src/model/yaml';

/*
 * YAML as the tests read it: src/model/yaml.ts's reader (the YAML 1.2 core schema), typed for assertions.
 */

/** The value of a one-document YAML text. */
export const yamlValue = (text: string): any => parseYaml(text);

/** The documents of a YAML text. */
export const yamlDocuments = (text: string): any[] => parseYamlDocuments(text);
