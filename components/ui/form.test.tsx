// @vitest-environment jsdom
// After a submit the answer is where the person is looking: focus on the first field to
// correct, or on the form's message beside the submit button; a confirmation whose form the
// new page no longer has shows in the shell's flash.
import { afterEach, describe, expect, it, vi } from 'vitest'
import { act, cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react'
import { useState } from 'react'
import { dictionaries } from '@/lib/i18n/messages'
import type { ActionState } from '@/lib/server/action-state'
import { I18nProvider } from '../i18n-provider'
import { clientMessages } from '@/lib/i18n/client-messages'
import { ActionForm, SelectField, TextAreaField, TextField } from './form'
import { StateCtx } from './form-state'
import { echoedValues } from '@/lib/server/action-state'
import { FlashProvider } from './flash'

vi.mock('next/navigation', () => ({ usePathname: () => '/x' }))
afterEach(cleanup)

const m = dictionaries.en
const wrap = (ui: React.ReactNode) =>
  render(
    <I18nProvider locale="en" messages={clientMessages(m)}>
      <FlashProvider>{ui}</FlashProvider>
    </I18nProvider>,
  )

function LongForm({ action }: { action: (p: ActionState, fd: FormData) => Promise<ActionState> }) {
  return (
    <ActionForm action={action} submitLabel="Send">
      <TextField name="title" label="Title" required />
      <TextField name="body" label="Body" required />
    </ActionForm>
  )
}

describe('ActionForm after a submit', () => {
  it('moves focus to the first field to correct, with its message beside it', async () => {
    wrap(<LongForm action={async () => ({ ok: false, fieldErrors: { body: 'This field is required.' } })} />)
    fireEvent.click(screen.getByRole('button', { name: 'Send' }))
    await waitFor(() => expect(document.activeElement).toBe(screen.getByLabelText(/^Body/)))
    expect(screen.getByLabelText(/^Body/).getAttribute('aria-describedby')).toBeTruthy()
    expect(screen.getByText('This field is required.')).toBeTruthy()
    expect(screen.getByText(/1 field needs correcting/).closest('form')).toBeTruthy()
  })

  it("moves focus to the form's message, which follows the submit button", async () => {
    wrap(<LongForm action={async () => ({ ok: false, formError: 'Someone else changed this.' })} />)
    fireEvent.click(screen.getByRole('button', { name: 'Send' }))
    const message = await screen.findByText('Someone else changed this.')
    const status = message.closest('[role="status"]') as HTMLElement
    await waitFor(() => expect(document.activeElement).toBe(status))
    expect(status.tabIndex).toBe(-1)
    const button = screen.getByRole('button', { name: 'Send' })
    expect(button.compareDocumentPosition(status) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy()
  })

  it('shows a confirmation in the flash when the form leaves the page with it', async () => {
    function Approve() {
      const [done, setDone] = useState(false)
      return done ? (
        <p>Approved version</p>
      ) : (
        <ActionForm
          action={async () => {
            act(() => setDone(true))
            return { ok: true, message: 'The decision was recorded.' }
          }}
          submitLabel="Approve"
        />
      )
    }
    wrap(<Approve />)
    fireEvent.click(screen.getByRole('button', { name: 'Approve' }))
    const flash = await screen.findByTestId('flash')
    await waitFor(() => expect(flash.textContent).toContain('The decision was recorded.'))
    expect(document.activeElement).toBe(flash)
  })
})

describe('a form drawn anew after a refusal (no JavaScript)', () => {
  it('sends back what was typed, one value per field, never a password or a token', () => {
    const fd = new FormData()
    fd.set('subject', 'Field visit')
    fd.set('body', 'We meet at the gate.')
    fd.set('password', 'hunter22')
    fd.set('token', 'abc')
    fd.set('$ACTION_ID_1', '')
    fd.append('to', 'a@x.pk')
    fd.append('to', 'b@x.pk')
    fd.set('file', new File(['x'], 'cv.pdf'))
    expect(echoedValues(fd)).toEqual({ subject: 'Field visit', body: 'We meet at the gate.' })
  })

  it('fills each field with what was typed instead of its first value', () => {
    render(
      <I18nProvider locale="en" messages={clientMessages(m)}>
        <StateCtx.Provider
          value={{
            ok: false,
            fieldErrors: { subjectUr: 'This field is required.' },
            values: { subject: 'Field visit', body: 'At the gate', kind: 'b' },
          }}
        >
          <TextField name="subject" label="Subject" defaultValue="old" />
          <TextField name="subjectUr" label="Urdu subject" />
          <TextAreaField name="body" label="Body" />
          <SelectField
            name="kind"
            label="Kind"
            options={[
              { value: 'a', label: 'A' },
              { value: 'b', label: 'B' },
            ]}
          />
        </StateCtx.Provider>
      </I18nProvider>,
    )
    expect((screen.getByLabelText(/^Subject/) as HTMLInputElement).value).toBe('Field visit')
    expect((screen.getByLabelText(/^Body/) as HTMLTextAreaElement).value).toBe('At the gate')
    expect((screen.getByLabelText(/^Kind/) as HTMLSelectElement).value).toBe('b')
    expect(screen.getByText('This field is required.')).toBeTruthy()
  })
})
