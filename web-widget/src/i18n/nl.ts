// Dutch is the default language. The banner's first layer and the texts about purposes and
// vendors come from the site's configuration (the API archives them); these are the widget's own labels.
export const nl = {
  bannerLabel: 'Cookie-toestemming',
  privacyPolicy: 'Privacyverklaring',
  reject: 'Weigeren',
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
