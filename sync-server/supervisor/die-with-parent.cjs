// Preloaded (`node --require`) into zero-cache and, through the execArgv that
// fork() passes on, into each of its workers.
//
// Why: when the process that started zero-cache dies without stopping it
// (kill -9, the OOM killer, a crash), zero-cache and its six workers lived on
// as orphans — gigabytes of memory, the sync ports and the replication slot
// held — until the next start on the same data folder found them. Node has no
// parent-death signal, so each process watches its own parent: once it is
// re-parented (the parent is gone), it exits. The next start of dot brings a
// fresh zero-cache up on the replica it left.
'use strict';
const parent = process.ppid;
setInterval(() => {
  if (process.ppid !== parent) process.exit(0);
}, 1000).unref();
