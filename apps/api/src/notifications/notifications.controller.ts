import { Body, Controller, Get, HttpCode, Inject, Param, Post, Put, Query, Redirect } from '@nestjs/common';
import { ApiOperation, ApiResponse, ApiTags } from '@nestjs/swagger';
import { ZodResponse } from 'nestjs-zod';
import { Authorize, Public } from '../authz/access.decorators';
import { CurrentPrincipal } from '../authz/current-principal.decorator';
import type { Principal } from '../authz/principal';
import { ApiDefaultError, ApiErrors } from '../common/api-errors.decorator';
import { ObjectIdPipe } from '../common/object-id.pipe';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import {
  MailCatcherDto,
  NotificationListDto,
  NotificationListQueryDto,
  NotificationPreferencesDto,
  UnreadCountDto,
  UnsubscribeRequestDto,
  UnsubscribeResultDto,
  UpdateNotificationPreferencesDto,
} from './notifications.dtos';
import { ListNotificationsUseCase } from './usecases/list-notifications.usecase';
import { MarkReadUseCase } from './usecases/mark-read.usecase';
import { NotificationPreferencesUseCase } from './usecases/notification-preferences.usecase';
import { UnreadCounts } from './unread-count.publisher';

/** The caller's own notification centre; nobody reads or changes another user's. */
@ApiTags('notifications')
@ApiDefaultError()
@Controller('notifications')
export class NotificationsController {
  constructor(
    private readonly listNotifications: ListNotificationsUseCase,
    private readonly markRead: MarkReadUseCase,
    private readonly preferences: NotificationPreferencesUseCase,
    private readonly unread: UnreadCounts,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Get()
  @Authorize('self')
  @ApiOperation({ summary: 'My notifications, newest first (page with `before`)' })
  @ZodResponse({ status: 200, type: NotificationListDto })
  @ApiErrors(400)
  list(@CurrentPrincipal() principal: Principal, @Query() query: NotificationListQueryDto) {
    return this.listNotifications.execute(principal, query);
  }

  @Get('unread-count')
  @Authorize('self')
  @ZodResponse({ status: 200, type: UnreadCountDto })
  async unreadCount(@CurrentPrincipal() principal: Principal) {
    return { unread: await this.unread.count(principal.userId) };
  }

  @Post(':id/read')
  @HttpCode(200)
  @Authorize('self')
  @ApiOperation({ summary: 'Mark one of my notifications read; 404 NOTIFICATION_NOT_FOUND for any other' })
  @ZodResponse({ status: 200, type: UnreadCountDto })
  @ApiErrors(400, 404)
  readOne(@CurrentPrincipal() principal: Principal, @Param('id', ObjectIdPipe) id: string) {
    return this.markRead.one(principal, id);
  }

  @Post('read-all')
  @HttpCode(200)
  @Authorize('self')
  @ZodResponse({ status: 200, type: UnreadCountDto })
  readAll(@CurrentPrincipal() principal: Principal) {
    return this.markRead.all(principal);
  }

  @Get('preferences')
  @Authorize('self')
  @ZodResponse({ status: 200, type: NotificationPreferencesDto })
  getPreferences(@CurrentPrincipal() principal: Principal) {
    return this.preferences.get(principal);
  }

  @Put('preferences')
  @Authorize('self')
  @ApiOperation({ summary: 'Per event type: immediate email, daily digest, bell only, or off; and the digest hour' })
  @ZodResponse({ status: 200, type: NotificationPreferencesDto })
  @ApiErrors(400)
  updatePreferences(@CurrentPrincipal() principal: Principal, @Body() body: UpdateNotificationPreferencesDto) {
    return this.preferences.update(principal, body);
  }

  @Post('unsubscribe')
  @HttpCode(200)
  @Public()
  @ApiOperation({
    summary: "An email's unsubscribe link: turns that kind of email off (the bell keeps it), without signing in",
  })
  @ZodResponse({ status: 200, type: UnsubscribeResultDto })
  @ApiErrors(400, 404, 429)
  unsubscribe(@Body() body: UnsubscribeRequestDto) {
    return this.preferences.unsubscribe(body);
  }

  /**
   * RFC 8058: a mail client's own "unsubscribe" button posts here (the List-Unsubscribe URL)
   * with the body `List-Unsubscribe=One-Click`, which says nothing more than the URL does.
   */
  @Post('unsubscribe/one-click')
  @HttpCode(200)
  @Public()
  @ApiOperation({
    summary: "One-click unsubscribe from an email's List-Unsubscribe header (RFC 8058): that kind of email off",
  })
  @ZodResponse({ status: 200, type: UnsubscribeResultDto })
  @ApiErrors(400, 404, 429)
  unsubscribeOneClick(@Query() query: UnsubscribeRequestDto) {
    return this.preferences.unsubscribe(query);
  }

  /** The same URL opened in a browser: a GET never unsubscribes (link scanners fetch them), the page asks. */
  @Get('unsubscribe/one-click')
  @Public()
  @Redirect(undefined, 303)
  @ApiOperation({ summary: 'The one-click unsubscribe URL opened in a browser: to the page that asks' })
  @ApiResponse({ status: 303, description: 'To the web page /unsubscribe with the same token, type and language' })
  @ApiErrors(400, 429)
  unsubscribePage(@Query() query: UnsubscribeRequestDto) {
    return {
      url: `${this.config.webBaseUrl}/unsubscribe?${new URLSearchParams({
        token: query.token,
        type: query.type,
        ...(query.lang ? { lang: query.lang } : {}),
      }).toString()}`,
    };
  }

  @Get('mail-catcher')
  @Authorize('self')
  @ApiOperation({ summary: 'Development only: the page of the local SMTP sink (null in production)' })
  @ZodResponse({ status: 200, type: MailCatcherDto })
  mailCatcher() {
    return { url: this.config.mailCatcherUrl };
  }
}
