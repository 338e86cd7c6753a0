// Progress-update words: the demo fellow's own updates, blockers and fellows' roles.

/** The demo fellow's own fortnightly updates on the pharmacy licence project (periods 0-7). */
export const PHARMACY_UPDATES: { accomplishments: string; blockers?: string; nextSteps: string; hours: number }[] = [
  {
    accomplishments:
      'Joined the Drug Control Cell at the Health Department in Peshawar. Met Dr. Tariq Mehmood and the licensing section, read the licensing rules under the Drugs Act 1976 and collected the current forms for new licences, renewals and transfers.',
    blockers: 'No official email account yet, so files are being shared over WhatsApp.',
    nextSteps: 'Shadow the licensing clerks and map the paper workflow end to end.',
    hours: 70,
  },
  {
    accomplishments:
      'Mapped the licence workflow from application to inspection to issuance: 14 steps and 5 hand-offs. Found that the same pharmacist registration number appears on licences in different districts, which is how duplicate and fake licences slip through.',
    blockers: 'Scanned registers for Mardan and Swat are missing pages.',
    nextSteps: 'Write the requirements and agree the duplicate-check rule with the focal person.',
    hours: 76,
  },
  {
    accomplishments:
      'Drafted the requirements and process map and shared it with the focal person. Agreed the duplicate check: a pharmacist (CNIC and registration number) can be named on only one active licence across the province.',
    nextSteps: 'Submit the requirements deliverable; start the data model and the import of the old database.',
    hours: 72,
  },
  {
    accomplishments:
      'Built the first version of the licence application form and the inspector’s visit checklist. Imported 6,200 pharmacist records from the old Access database after cleaning CNIC formats.',
    blockers: 'Server access at the KP IT Board data centre is still pending.',
    nextSteps: 'Address the requirements feedback (renewal and transfer flows); inspector roles.',
    hours: 80,
  },
  {
    accomplishments:
      'Requirements v2 approved after adding renewal reminders and the transfer flow. Added the inspector dashboard: visits per inspector per month and pending inspections by district.',
    nextSteps: 'Train the Peshawar inspectors on the mobile checklist.',
    hours: 74,
  },
  {
    accomplishments:
      'Trained 12 drug inspectors in Peshawar on the mobile checklist; fixed the Urdu labels and offline saving they asked for. 14,300 pharmacist records digitised so far.',
    blockers: 'Patchy mobile data in Khyber and Mohmand: inspectors lose forms when the connection drops.',
    nextSteps: 'Release offline mode; start issuing licences for Peshawar division through the system.',
    hours: 78,
  },
  {
    accomplishments:
      'Offline mode released. Licences for Peshawar division are now issued through the system, and the registry passed 15,000 pharmacist records across KP. The duplicate check flagged 230 pharmacists named on more than one licence.',
    nextSteps: 'Reconcile the 2021 licence count with the department’s register and prepare the pilot release.',
    hours: 68,
  },
  {
    accomplishments:
      'Submitted the pilot release for review. Reconciled the figures with the department’s register: 1,800 licences issued digitally since January 2021.',
    nextSteps: 'Add the Urdu name and QR code to printed licences; plan the Mardan roll-out.',
    hours: 71,
  },
]

export const BLOCKERS = [
  'Waiting for server access from the KP IT Board data centre.',
  'The focal person was on leave this fortnight, so sign-off on the requirements slipped.',
  'Internet outages at the district office slowed field testing.',
  'Waiting for the department to share last year’s data; a formal letter has been sent.',
  'Two public holidays this fortnight; fewer working days with the department.',
  'Data from two districts uses different formats; cleaning is taking longer than planned.',
]

export const FELLOW_ROLES = [
  'My part: the database, the import scripts and the API.',
  'My part: screen designs, Urdu copy and testing with users.',
  'My part: data cleaning and the figures the department asked for.',
]
