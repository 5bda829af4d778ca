/**
 * Messages of the form codec: values typed into a staff form that cannot even be read as their
 * field's type (a number with two decimal commas, a date that is not in the calendar). Worded
 * like the record validator's messages, which they stand beside on the page: the codec puts the
 * field's label in front ("Kesto: pitää olla luku, esim. 1 234,5"). Everything that can be read
 * is left to the validator.
 */
import type { Catalogue } from './catalogue.js';

export const FORM_INPUT_MESSAGES: Catalogue = {
  'form-input.number': {
    fi: 'pitää olla luku, esim. 12 tai 1 234,5',
    sv: 'ska vara ett tal, t.ex. 12 eller 1 234,5',
    en: 'must be a number such as 12 or 1234.5',
  },
  'form-input.number.ambiguous': {
    fi: '"{value}" voi tarkoittaa tuhansia tai desimaaleja; kirjoita tuhannet välilyönnillä (1 500) ja desimaalit pilkulla (1,5)',
    sv: '"{value}" kan betyda tusental eller decimaler; skriv tusental med mellanslag (1 500) och decimaler med komma (1,5)',
    en: '"{value}" could mean thousands or decimals; write thousands with a space (1 500) and decimals with a point (1.5)',
  },
  'form-input.boolean': { fi: 'valitse kyllä tai ei', sv: 'välj ja eller nej', en: 'choose yes or no' },
  'form-input.date': {
    fi: 'pitää olla päivämäärä, esim. 24.5.2018',
    sv: 'ska vara ett datum, t.ex. 24.5.2018',
    en: 'must be a date such as 24.5.2018 or 2018-05-24',
  },
  'form-input.date.not-real': {
    fi: 'päivämäärää ei ole kalenterissa; tarkista päivä ja kuukausi',
    sv: 'datumet finns inte i kalendern; kontrollera dag och månad',
    en: 'the date is not in the calendar; check the day and the month',
  },
  'form-input.datetime': {
    fi: 'pitää olla ajankohta, esim. 24.5.2018 klo 14.30',
    sv: 'ska vara en tidpunkt, t.ex. 24.5.2018 kl. 14.30',
    en: 'must be a date and time such as 24.5.2018 14:30',
  },
  'form-input.datetime.gap': {
    fi: 'kellonaikaa ei ollut Suomessa sinä yönä, koska kelloja siirrettiin tunnilla eteenpäin',
    sv: 'klockslaget fanns inte i Finland den natten, eftersom klockan ställdes fram en timme',
    en: 'that time did not exist in Finland that night: the clocks were put forward an hour',
  },
};
