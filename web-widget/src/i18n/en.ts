import type { Messages } from './nl';

export const en: Messages = {
  bannerLabel: 'Cookie consent',
  privacyPolicy: 'Privacy policy',
  reject: 'Reject',
  close: 'Close',
  dialogTitle: 'Cookie settings',
  save: 'Save choices',
  withdraw: 'Withdraw consent',
  saved: 'Your choice has been saved',
  gpc: 'Disabled by your Global Privacy Control setting',
  vendors: 'Vendors',
  cookies: 'Cookies',
  lifetime: (days) => `kept for ${days} ${days === 1 ? 'day' : 'days'}`,
  sendsIp: 'receives your IP address',
  floatingButton: 'Cookie settings',
  downloadData: 'Download my data',
  eraseData: 'Delete my data',
  eraseConfirm: 'Confirm: delete everything',
  myDataFailed: 'That did not work. Please try again later.',
};
