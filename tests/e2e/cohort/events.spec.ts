// Issue 14, trainings and events: staff schedule a training for KP cycle 7 (a wrong end time is
// explained beside the field); the demo fellow sees it on her home, answers "yes", downloads its
// .ics and subscribes to her private calendar feed, then turns the feed off; staff take the
// attendance of March's training on a 390 px phone without JavaScript, and the fellow's
// attendance rate shows on the compliance board and the cycle's dashboard. Pages are checked
// with axe in English and Urdu.
import { readFileSync } from 'node:fs'
import { expect, expectAccessibleInBothLanguages, loginAs, signIn, test } from '../support/fixtures'
import { toKarachiLocal } from '../../../lib/i18n/format'

const DAY = 86_400_000

test('staff schedule a training, the fellow answers and adds it to her calendar, staff take attendance on a phone', async ({
  page,
  browser,
  request,
}) => {
  test.setTimeout(300_000)
  const title = `Budgeting a pilot ${Date.now().toString(36)}`
  const day = toKarachiLocal(new Date(Date.now() + 2 * DAY), false)

  // Staff: schedule it from the cycle's page.
  await loginAs(page, 'STAFF')
  await page.goto('/staff/cycles')
  await page.getByRole('link', { name: 'Cycle 7 (2021–22)' }).click()
  await page.getByRole('link', { name: 'Sessions and attendance', exact: true }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Sessions: Cycle 7 (2021–22)' })).toBeVisible()
  const cycleId = page.url().match(/\/staff\/cycles\/([^/]+)\/events/)![1]
  await expect(page.getByRole('link', { name: 'Fellowship bootcamp: government, design and delivery' })).toBeVisible()
  await expectAccessibleInBothLanguages(page)
  const form = page.getByRole('form', { name: 'Schedule a session' })
  await form.getByLabel('Type').selectOption({ label: 'Training' })
  await form.getByLabel('Title (English)').fill(title)
  await form.getByLabel('Title (Urdu)').fill('پائلٹ کا بجٹ')
  await form.getByLabel('Starts (Pakistan time)').fill(`${day}T10:00`)
  await form.getByLabel('Ends (Pakistan time)').fill(`${day}T09:00`)
  await form.getByLabel(/^Place/).fill('Committee Room, Civil Secretariat, Peshawar')
  await form.getByRole('button', { name: 'Schedule a session' }).click()
  await expect(form.getByText('The end date must be after the start date.')).toBeVisible()
  await expect(form.getByLabel('Ends (Pakistan time)')).toHaveAttribute('aria-invalid', 'true')
  await form.getByLabel('Ends (Pakistan time)').fill(`${day}T13:00`)
  await form.getByRole('button', { name: 'Schedule a session' }).click()
  await expect(form.getByText('Session scheduled.')).toBeVisible()
  await page.getByRole('link', { name: title }).click()
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible()
  await expect(page.getByText(/The register opens when the session starts/)).toBeVisible()
  await expectAccessibleInBothLanguages(page)

  // The fellow: on her home, then her sessions; she answers and downloads the .ics.
  await page.context().clearCookies()
  await loginAs(page, 'FELLOW')
  const upcoming = page.locator('section').filter({ has: page.getByRole('heading', { name: 'Upcoming sessions' }) })
  await expect(upcoming.getByRole('link', { name: title })).toBeVisible()
  await upcoming.getByRole('link', { name: title }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Sessions' })).toBeVisible()
  const item = page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: title }) })
  await expect(item).toContainText('You have not answered yet.')
  await item.getByRole('button', { name: 'Yes, I will attend' }).click()
  await expect(item.getByText('Your answer: Yes')).toBeVisible()
  const [download] = await Promise.all([page.waitForEvent('download'), item.getByRole('link', { name: /Add to calendar/ }).click()])
  const ics = readFileSync((await download.path())!, 'utf8')
  expect(ics.startsWith('BEGIN:VCALENDAR\r\n')).toBe(true)
  expect(ics).toContain(`SUMMARY:${title}`)
  expect(ics).toContain(`DTSTART:${day.replaceAll('-', '')}T050000Z`)
  expect(ics).toContain('LOCATION:Committee Room\\, Civil Secretariat\\, Peshawar')
  await expectAccessibleInBothLanguages(page)

  // Her private feed: the address is shown once, works without signing in, and stops when turned off.
  await page.getByRole('button', { name: /Make a (calendar feed address|new address)/ }).click()
  const address = await page.getByLabel('Calendar feed address').inputValue()
  expect(address).toMatch(/\/calendar\/[A-Za-z0-9_-]{40,}\.ics$/)
  const feed = await request.get(address)
  expect(feed.status()).toBe(200)
  expect(feed.headers()['content-type']).toBe('text/calendar; charset=utf-8')
  expect(await feed.text()).toContain(`SUMMARY:${title}`)
  await page.getByRole('button', { name: 'Turn off the calendar feed' }).click()
  await expect(page.getByText('Calendar feed turned off: its address no longer works.')).toBeVisible()
  expect((await request.get(address)).status()).toBe(404)

  // Staff on a phone, without JavaScript: March's training register, one form for everyone.
  const phone = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 390, height: 844 } })
  const staff = await phone.newPage()
  await signIn(staff, 'staff@daftar.pk')
  await staff.goto(`/staff/cycles/${cycleId}/events`)
  await staff.getByRole('link', { name: 'Procurement rules for digital projects (KPPRA)' }).click()
  const register = staff.getByRole('form', { name: 'Attendance register' })
  const mahnoor = register.getByRole('group', { name: 'Mahnoor Yousafzai' })
  await expect(mahnoor).toBeVisible()
  const groups = register.getByRole('group')
  expect(await groups.count()).toBeGreaterThan(10)
  // Every fellow present, except Mahnoor, who was absent.
  for (const g of await groups.all()) await g.getByLabel('Present', { exact: true }).check()
  await mahnoor.getByLabel('Absent').check()
  // The register fits the phone: nothing wider than the screen.
  for (const el of [register, register.getByRole('button', { name: 'Save attendance' }), mahnoor]) {
    const box = (await el.boundingBox())!
    expect(box.x + box.width, 'fits 390 px').toBeLessThanOrEqual(390)
  }
  await register.getByRole('button', { name: 'Save attendance' }).click()
  await expect(staff.getByText('Attendance saved.')).toBeVisible()
  await expect(staff.getByRole('group', { name: 'Mahnoor Yousafzai' }).getByLabel('Absent')).toBeChecked()

  // Her rate: four sessions attended (one late) out of five counted.
  await staff.goto(`/staff/cycles/${cycleId}/progress`)
  await expect(staff.getByRole('row', { name: /Mahnoor Yousafzai/ })).toContainText('80%')
  await staff.goto(`/staff/insight/cycles/${cycleId}`)
  await expect(staff.getByRole('heading', { name: 'Attendance at sessions' })).toBeVisible()
  await expect(staff.getByText('Sessions with attendance taken')).toBeVisible()
  await phone.close()
})
