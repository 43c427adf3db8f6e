/**
 * An SMTP server that accepts every message and keeps nothing (smtp-server, the library MailDev
 * is built on): the notifications benchmark's second sink, to measure the worker's delivery path
 * without MailDev's parsing and storing of each message. Run as its own process, like MailDev:
 * `node .tmp/bench/discard-smtp-sink.js <port>`; prints "listening" once it accepts connections.
 */
import { SMTPServer } from 'smtp-server';

const port = Number(process.argv[2]);
let accepted = 0;
const server = new SMTPServer({
  authOptional: true,
  disabledCommands: ['STARTTLS'],
  logger: false,
  // The worker's pool keeps its connections while the raw reference opens as many again.
  maxClients: 256,
  onData(stream, _session, callback) {
    stream.on('end', () => {
      accepted += 1;
      callback();
    });
    stream.resume();
  },
});
server.listen(port, '127.0.0.1', () => console.log(`listening on ${port}`));
process.on('SIGTERM', () => {
  console.log(`accepted ${accepted} messages`);
  server.close(() => process.exit(0));
});
