import { Inject, Injectable, type OnApplicationShutdown } from '@nestjs/common';
import nodemailer, { type Transporter } from 'nodemailer';
import { WORKER_CONFIG, type WorkerConfig } from '../config/worker-config';
import type { RenderedEmail } from './email-layout';

export interface OutgoingEmail extends RenderedEmail {
  to: string;
  /** Stable per (recipient, event): a resend after a crash carries the same id (see deliveries). */
  messageId: string;
  /** The one-click URL (RFC 8058) of the List-Unsubscribe header; null for a digest (no single kind). */
  unsubscribeUrl: string | null;
}

/** SMTP over a pool of connections (SMTP_POOL_CONNECTIONS); resolves once the server has accepted the message. */
@Injectable()
export class Mailer implements OnApplicationShutdown {
  private readonly transport: Transporter;
  private readonly from: string;

  constructor(@Inject(WORKER_CONFIG) config: WorkerConfig) {
    this.from = config.mail.from;
    this.transport = nodemailer.createTransport({
      url: config.mail.smtpUrl,
      pool: true,
      maxConnections: config.mail.poolConnections,
      // A sink on loopback offers no certificate worth checking; a real relay is reached over smtps.
      ignoreTLS: new URL(config.mail.smtpUrl).protocol === 'smtp:',
    });
  }

  async send(email: OutgoingEmail): Promise<void> {
    await this.transport.sendMail({
      from: this.from,
      to: email.to,
      subject: email.subject,
      text: email.text,
      html: email.html,
      messageId: email.messageId,
      ...(email.unsubscribeUrl
        ? {
            list: { unsubscribe: { url: email.unsubscribeUrl, comment: 'Unsubscribe' } },
            headers: { 'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click' },
          }
        : {}),
    });
  }

  onApplicationShutdown(): void {
    this.transport.close();
  }
}
