/**
 * Progress for long runs: a bar redrawn in place on a terminal, a plain line every tenth in CI logs.
 * Runs under 200 items print nothing.
 */
export function progress(
  label: string,
  stream: NodeJS.WriteStream = process.stderr,
): (done: number, total: number) => void {
  const tty = stream.isTTY === true && process.env["CI"] !== "true";
  let lastTenth = -1;
  const started = performance.now();
  return (done, total) => {
    if (total < 200) return;
    const share = Math.min(1, (done + 1) / total);
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    if (tty) {
      const width = 30;
      const filled = Math.round(share * width);
      stream.write(`\r${label} [${"#".repeat(filled)}${" ".repeat(width - filled)}] ${done + 1}/${total} ${seconds}s`);
      if (done + 1 === total) stream.write("\n");
    } else {
      const tenth = Math.floor(share * 10);
      if (tenth !== lastTenth) {
        lastTenth = tenth;
        stream.write(`${label}: ${done + 1}/${total} (${tenth * 10}%) ${seconds}s\n`);
      }
    }
  };
}
