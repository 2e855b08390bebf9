import { ValueError } from './errors';

/** A Kubernetes quantity as the configuration writes one: a decimal number with an optional suffix (`250m`, `1`, `512Mi`). */
const CONFIG_FORM = /^\d+(\.\d+)?(m|Ki|Mi|Gi|Ti|k|M|G|T)?$/;
/** Any quantity the API server takes (resource.Quantity): a signed decimal with a binary, decimal or exponent suffix. */
const KUBERNETES_FORM = /^([+-]?(?:\d+(?:\.\d*)?|\.\d+))(Ki|Mi|Gi|Ti|Pi|Ei|n|u|m|k|M|G|T|P|E|[eE][+-]?\d+)?$/;
const SUFFIX: Readonly<Record<string, number>> = { Ki: 2 ** 10, Mi: 2 ** 20, Gi: 2 ** 30, Ti: 2 ** 40, Pi: 2 ** 50, Ei: 2 ** 60, n: 1e-9, u: 1e-6, m: 1e-3, k: 1e3, M: 1e6, G: 1e9, T: 1e12, P: 1e15, E: 1e18 };

/** An amount of CPU or memory, a container's request or limit (`250m` of CPU, `512Mi` of memory). */
export class Quantity {
  /** The configuration's form: a decimal number with an optional suffix (`250m`, `1`, `0.5`, `512Mi`, `2Gi`). */
  public static parse(text: string): Quantity {
    if (typeof text !== 'string' || !CONFIG_FORM.test(text)) throw new ValueError(text, 'is not a Kubernetes quantity');
    return Quantity.kubernetes(text);
  }

  /**
   * A rendered quantity, in any form the API server takes: a number, or a string with any suffix (`1e3`, `.5`, `2Pi`).
   * Refuses anything else with the value.
   */
  public static kubernetes(value: unknown): Quantity {
    if (typeof value === 'number' && Number.isFinite(value)) return new Quantity(String(value), value);
    const m = typeof value === 'string' ? KUBERNETES_FORM.exec(value) : null;
    if (!m) throw new ValueError(value, 'is not a Kubernetes quantity');
    const s = m[2];
    return new Quantity(value as string, Number(m[1]) * (s === undefined ? 1 : /^[eE]/.test(s) ? 10 ** Number(s.slice(1)) : SUFFIX[s]));
  }

  private constructor(
    private readonly text: string,
    /** The amount in base units (cores, bytes). */
    private readonly value: number,
  ) {}

  /** The amount in base units: cores of CPU, bytes of memory (`250m` → 0.25, `1Ki` → 1024). */
  public toNumber(): number {
    return this.value;
  }

  /** As Kubernetes takes it: the text as written. */
  public toString(): string {
    return this.text;
  }

  /** In JSON (a message's value), the text: `"250m"`. */
  public toJSON(): string {
    return this.text;
  }
}
