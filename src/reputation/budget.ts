/**
 * The daily budget of requests per provider, kept in `ReputationUsage` so that it survives
 * restarts. A provider's own "quota exceeded" (OpenTIP's 403) closes the day as well.
 */
import type { Db } from '../db/client.js';
import { utcDay, type Clock } from './clock.js';

export interface BudgetUsage {
  provider: string;
  /** UTC day, `YYYY-MM-DD`. */
  day: string;
  lookups: number;
  dailyBudget: number;
  quotaExhaustedAt: Date | null;
}

export class DailyBudget {
  /** Days known to have a usage row, and the day known to be closed: both spare queries. */
  private rowDay: string | null = null;
  private closedDay: string | null = null;
  private queue: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly db: Db,
    readonly provider: string,
    readonly dailyBudget: number,
    private readonly clock: Clock,
  ) {}

  /**
   * Takes one request from today's budget. The check and the increment are one UPDATE, so
   * concurrent processes never overspend; within this process, reservations are granted in the
   * order they were asked for, which keeps the lookup service's priority order. False once the
   * day is spent or closed.
   */
  reserve(): Promise<boolean> {
    const turn = this.queue.then(() => this.tryReserve());
    this.queue = turn.catch(() => false);
    return turn;
  }

  private async tryReserve(): Promise<boolean> {
    const day = await this.today();
    if (this.closedDay === day) return false;
    const { count } = await this.db.reputationUsage.updateMany({
      where: { provider: this.provider, day, lookups: { lt: this.dailyBudget }, quotaExhaustedAt: null },
      data: { lookups: { increment: 1 } },
    });
    if (count === 0) this.closedDay = day;
    return count === 1;
  }

  /** Records the provider's refusal, so that no request is sent again before the next UTC day. */
  async markQuotaExhausted(): Promise<void> {
    const day = await this.today();
    this.closedDay = day;
    await this.db.reputationUsage.updateMany({
      where: { provider: this.provider, day, quotaExhaustedAt: null },
      data: { quotaExhaustedAt: new Date(this.clock.now()) },
    });
  }

  async usage(): Promise<BudgetUsage> {
    const day = await this.today();
    const row = await this.db.reputationUsage.findUniqueOrThrow({ where: { provider_day: { provider: this.provider, day } } });
    return { provider: this.provider, day, lookups: row.lookups, dailyBudget: this.dailyBudget, quotaExhaustedAt: row.quotaExhaustedAt };
  }

  /** Today's UTC day, its row created if missing (one statement, safe against a concurrent insert). */
  private async today(): Promise<string> {
    const day = utcDay(this.clock.now());
    if (this.rowDay !== day) {
      await this.db.$executeRaw`INSERT INTO "ReputationUsage" ("provider", "day", "lookups") VALUES (${this.provider}, ${day}, 0) ON CONFLICT ("provider", "day") DO NOTHING`;
      this.rowDay = day;
    }
    return day;
  }
}
