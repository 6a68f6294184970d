// Email, only when SMTP is configured (CANDOR_SMTP_URL). Without it Candor sends nothing and shows
// invitation links to the admin to pass on.
import nodemailer from 'nodemailer';

export interface MailMessage {
  to: string;
  subject: string;
  text: string;
}

export interface Mailer {
  send(message: MailMessage): Promise<void>;
}

export function createSmtpMailer(url: string, from: string): Mailer {
  const transport = nodemailer.createTransport(url);
  return {
    async send(message) {
      await transport.sendMail({ from, ...message });
    },
  };
}

export function invitationEmail(input: { to: string; workspaceName: string; inviterName: string; role: string; link: string; expiresAt: string }): MailMessage {
  return {
    to: input.to,
    subject: `${input.inviterName} invited you to ${input.workspaceName} on Candor`,
    text: [
      `${input.inviterName} invited you to join ${input.workspaceName} on Candor as ${input.role}.`,
      '',
      `Accept the invitation: ${input.link}`,
      '',
      `The link works once and expires on ${new Date(input.expiresAt).toUTCString()}.`,
      'If you did not expect this, ignore this email.',
    ].join('\n'),
  };
}
