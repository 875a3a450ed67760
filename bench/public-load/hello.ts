// The ceiling for the public pages: a bare Express 5 "hello" in a process of
// its own, on the same machine and in the same run as the real pages.
import express from 'express';

const app = express();
app.get('/', (_req, res) => void res.send('hello'));
const server = app.listen(0, '127.0.0.1', () => {
  const address = server.address();
  process.stdout.write(`${JSON.stringify({port: typeof address === 'object' && address ? address.port : 0})}\n`);
});
