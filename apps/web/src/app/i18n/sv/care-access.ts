/** Swedish: care relationship, stated reasons, emergency access (issue 16, decision 0010). */
export const careAccess = {
  relation: {
    none: 'Ingen vårdrelation',
    label: 'Du har vårdrelation',
    kinds: {
      fixed_doctor: 'fast läkarkontakt',
      fixed_nurse: 'fast vårdkontakt',
      navigator: 'fast vårdlots',
      stand_in: 'ersättare för fast kontakt',
      care_team: 'patientens vårdteam',
      booked_visit: 'bokad på patientens besök',
      intake: 'handlägger inskrivningen',
      registered: 'registrerade patienten',
      reason: 'angivet skäl',
    },
    until: 'till {{time}}',
  },
  reason: {
    title: 'Du har ingen vårdrelation med patienten',
    intro:
      'Patientdatalagen tillåter bara den som deltar i vården, eller behöver uppgifterna i sitt arbete, att öppna journalen. Ange varför. Åtkomsten gäller en begränsad tid och loggas med ditt skäl.',
    protectedIntro:
      'Patienten har skyddade personuppgifter. Bekräfta att du behöver öppna journalen. Öppningen loggas och granskas.',
    codeLabel: 'Skäl',
    codes: {
      care_today: 'Deltar i vården idag',
      administrative: 'Administrativ uppgift',
      consultation: 'Konsultation från kollega',
      other: 'Annat skäl',
    },
    textLabel: 'Beskriv kort (krävs vid annat skäl)',
    textDescription: 'Högst 300 tecken.',
    confirmProtected:
      'Jag bekräftar att jag behöver öppna journalen för en patient med skyddade personuppgifter',
    submit: 'Öppna journalen',
    cancel: 'Tillbaka till sökningen',
    chooseCode: 'Välj ett skäl.',
    mustConfirm: 'Bekräfta för att öppna.',
  },
  emergency: {
    open: 'Nödåtkomst',
    title: 'Nödåtkomst till patient på annan enhet',
    intro:
      'Använd nödåtkomst bara när patienten behöver vård och inte kan vänta, eller när det krävs för patientens säkerhet. Åtkomsten gäller några timmar, markeras i loggen och granskas av verksamhetschefen.',
    identityLabel: 'Patientens personnummer',
    reasonLabel: 'Skäl (krävs)',
    reasonDescription: 'Minst 10 och högst 300 tecken.',
    confirmProtected:
      'Patienten har skyddade personuppgifter. Jag bekräftar att jag behöver öppna journalen.',
    submit: 'Öppna med nödåtkomst',
    banner: 'Nödåtkomst',
    bannerText: 'Du har nödåtkomst till patienten till {{time}}. Åtkomsten loggas och granskas.',
  },
};
