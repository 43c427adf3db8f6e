/**
 * The baseline of the live-delivery benchmark, run as a child process of live.bench.ts so it
 * has a process of its own like the API: a bare socket.io server (no auth, no Redis adapter, no
 * persistence) that puts every client in one room and, for each POST /emit, broadcasts the JSON
 * body to that room as `stream:event`. Reports its port to the parent over IPC.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Server } from 'socket.io';

const ROOM = 'round:bench';

const http = createServer((req, res) => {
  if (req.method !== 'POST' || req.url !== '/emit') {
    res.writeHead(404).end();
    return;
  }
  const chunks: Buffer[] = [];
  req.on('data', (chunk: Buffer) => chunks.push(chunk));
  req.on('end', () => {
    const payload: unknown = JSON.parse(Buffer.concat(chunks).toString('utf8'));
    io.to(ROOM).emit('stream:event', payload);
    res.writeHead(204).end();
  });
});
const io = new Server(http, { transports: ['websocket'] });
io.on('connection', (socket) => {
  void socket.join(ROOM);
  socket.emit('session:ready', { rooms: [ROOM] });
});

http.listen(0, '127.0.0.1', () => {
  process.send?.({ port: (http.address() as AddressInfo).port });
});
process.on('disconnect', () => {
  void io.close();
  process.exit(0);
});
