// Preloaded (`node --require`) into zero-cache and, through the execArgv that
// fork() passes on, into each of its workers.
//
// Why: zero-cache 1.9 listens on every interface (`host: "::"` is hard-coded in
// its http-service.js; there is no setting). Its change-streamer serves the
// replication stream — every company's inserts and updates as they commit —
// to anyone who connects, with no credential. On a shop's Wi-Fi that is every
// tenant's data for any phone on the network. Devices reach zero-cache only
// through our proxy on the web port, so zero-cache never needs more than
// loopback: this rewrites a wildcard listen address to 127.0.0.1.
'use strict';
const net = require('node:net');

const bind = '127.0.0.1';
const WILDCARD = new Set(['::', '0.0.0.0', '::0', '']);
const original = net.Server.prototype.listen;

net.Server.prototype.listen = function listen(...args) {
  const first = args[0];
  if (
    first &&
    typeof first === 'object' &&
    !Array.isArray(first) &&
    ('port' in first || 'host' in first) &&
    !('path' in first) &&
    !('fd' in first) &&
    !('_handle' in first)
  ) {
    if (first.host === undefined || WILDCARD.has(first.host)) args[0] = {...first, host: bind};
  } else if (typeof first === 'number' || (typeof first === 'string' && /^\d+$/.test(first))) {
    // listen(port[, host][, backlog][, cb])
    if (typeof args[1] !== 'string' || WILDCARD.has(args[1])) {
      if (typeof args[1] === 'string') args[1] = bind;
      else args.splice(1, 0, bind);
    }
  }
  return original.apply(this, args);
};
