// A run's notes: what its operator should know (sync users not resolved, lists held back, lookups
// not made). The notes an interrupted attempt of the run saved are kept; a line is noted once
// however often the run resumes.
export class RunNotes {
  private readonly lines: string[];

  /** `saved`: the run row's notes, from an earlier attempt. */
  constructor(saved: string | null) {
    this.lines = saved ? saved.split('\n') : [];
  }

  add(line: string): void {
    if (!this.lines.includes(line)) this.lines.push(line);
  }

  /** As the run row stores them: null when there are none. */
  text(): string | null {
    return this.lines.join('\n') || null;
  }
}
