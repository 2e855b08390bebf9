import { ValueError } from './errors';

/** The configuration's form of a percentage of pods: one to three digits and `%` (`25%`). */
const PERCENT = /^(\d{1,3})%$/;
const FORM = "must be a whole number of pods or a percentage like '25%'";

/**
 * The extra pods a canary may run during an update (its `maxSurge`): a number of pods, or a percentage of the replicas
 * rounded up, as Kubernetes counts it. The configuration writes `2` or `'25%'`; {@link Surge.parse} reads either.
 */
export class Surge {
  /** `n` extra pods; refuses anything but a whole number of at least 0. */
  public static pods(n: number): Surge {
    if (!Number.isInteger(n) || n < 0) throw new ValueError(n, FORM, 'maxSurge');
    return new Surge(n, false);
  }

  /** `p` percent of the replicas, rounded up; refuses anything but a whole number of at least 0. */
  public static percent(p: number): Surge {
    if (!Number.isInteger(p) || p < 0) throw new ValueError(`${p}%`, FORM, 'maxSurge');
    return new Surge(p, true);
  }

  /** The configuration's form: a whole number of pods (`2`) or a percentage (`'25%'`). */
  public static parse(value: number | string): Surge {
    if (typeof value === 'number') return Surge.pods(value);
    const m = typeof value === 'string' ? PERCENT.exec(value) : null;
    if (!m) throw new ValueError(value, FORM, 'maxSurge');
    return Surge.percent(Number(m[1]));
  }

  private constructor(
    private readonly amount: number,
    private readonly isPercent: boolean,
  ) {}

  /** The surge pods of a canary with `replicas` pods: a percentage rounded up, like Kubernetes. */
  public podsOf(replicas: number): number {
    return this.isPercent ? Math.ceil((this.amount * replicas) / 100) : this.amount;
  }

  /** As a Kubernetes int-or-string of `type` (a generated IntOrString class): the number of pods, or the percentage as a string (`'25%'`). */
  public toIntOrString<T>(type: { fromNumber(n: number): T; fromString(s: string): T }): T {
    return this.isPercent ? type.fromString(`${this.amount}%`) : type.fromNumber(this.amount);
  }
}
