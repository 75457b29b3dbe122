/** A worker thread of the indexer: builds the shards it is sent, one at a time, each with its own Pagefind. */
import { parentPort } from "node:worker_threads";
import { buildShard, type ShardTask } from "./shard.ts";

parentPort!.on("message", (task: ShardTask | null) => {
  if (task === null) return void parentPort!.close();
  buildShard(task).then(
    (outcome) => parentPort!.postMessage({ key: task.key, outcome }),
    (e: Error) => parentPort!.postMessage({ key: task.key, error: e.message }),
  );
});
