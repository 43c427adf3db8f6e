// The secretariat's and administrators' pages, fetched together the first time one is opened:
// few people open them, and those who do usually go from one to the next.
export { AuditPage } from '../../audit/audit-page';
export { DelegationsPage } from '../../admin/delegations-page';
export { FailedJobsPage } from '../../notifications/failed-jobs-page';
export { InvitationsPage } from '../../invitations/invitations-page';
export { MembersPage } from '../../members/members-page';
export { UsersPage } from '../../admin/users-page';
