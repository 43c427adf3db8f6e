import { type ArgumentsHost, Catch, type ExceptionFilter, Logger } from '@nestjs/common';
import type { SocketError } from '@concordia/contracts';
import type { Request, Response } from 'express';
import type { Socket } from 'socket.io';
import { mapError } from './error-mapper';
import { sendError } from './error-response';

/** The one exception filter: every error leaves as an ErrorResponse (HTTP) or `app:error` (socket). */
@Catch()
export class AllExceptionsFilter implements ExceptionFilter {
  private readonly logger = new Logger('Errors');

  catch(exception: unknown, host: ArgumentsHost): void {
    if (host.getType() === 'ws') {
      const ws = host.switchToWs();
      const client = ws.getClient<Socket>();
      const mapped = mapError(exception);
      if (mapped.severity === 'error')
        this.logger.error({ err: exception, socketId: client.id }, 'socket handler failed');
      const payload: SocketError = { code: mapped.code, message: mapped.message, event: ws.getPattern() };
      client.emit('app:error', payload);
      return;
    }
    const http = host.switchToHttp();
    sendError(exception, http.getRequest<Request>(), http.getResponse<Response>());
  }
}
