// Dutch is the default language. Texts about purposes and vendors come from the site's
// configuration; these are the widget's own labels.
export const nl = {
  bannerLabel: 'Cookie-toestemming',
  bannerTitle: 'Cookies en privacy',
  intro: (controller: string) => `${controller} gebruikt cookies en vergelijkbare technieken voor:`,
  introUpdate: (controller: string) => `${controller} heeft dit gewijzigd en vraagt je opnieuw om toestemming:`,
  introOptOut: (controller: string) =>
    `${controller} gebruikt cookies en vergelijkbare technieken voor het volgende. Je kunt dit weigeren.`,
  privacyPolicy: 'Privacyverklaring',
  acceptAll: 'Alles accepteren',
  rejectAll: 'Alles weigeren',
  reject: 'Weigeren',
  settings: 'Instellingen',
  close: 'Sluiten',
  dialogTitle: 'Cookie-instellingen',
  save: 'Keuze opslaan',
  withdraw: 'Toestemming intrekken',
  saved: 'Je keuze is opgeslagen',
  gpc: 'Uitgeschakeld door je Global Privacy Control-instelling',
  vendors: 'Partijen',
  cookies: 'Cookies',
  lifetime: (days: number) => `bewaartermijn ${days} ${days === 1 ? 'dag' : 'dagen'}`,
  sendsIp: 'ontvangt je IP-adres',
  floatingButton: 'Cookie-instellingen',
  downloadData: 'Mijn gegevens downloaden',
  eraseData: 'Mijn gegevens verwijderen',
  eraseConfirm: 'Bevestig: alles verwijderen',
  myDataFailed: 'Dat lukte niet. Probeer het later opnieuw.',
};

export type Messages = typeof nl;
