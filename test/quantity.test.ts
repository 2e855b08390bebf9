import { ConfigError } from '../src/model/errors';
import { Quantity } from '../src/model/quantity';

describe('Quantity', () => {
  test.each(['250m', '1', '0.5', '512Mi', '2Gi', '1k'])('Quantity.parse(%j) is written as it is', (text) => {
    expect([String(Quantity.parse(text)), JSON.stringify(Quantity.parse(text))]).toEqual([text, JSON.stringify(text)]);
  });

  test.each(['two', '1 Gi', '512MB', '', '-1'])('Quantity.parse(%j) is refused with the value', (text) => {
    expect(() => Quantity.parse(text)).toThrow(new ConfigError(`${JSON.stringify(text)} is not a Kubernetes quantity`));
  });
});
