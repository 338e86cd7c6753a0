import { describe, expect, it } from 'vitest'
import { renderToStaticMarkup } from 'react-dom/server'
import { fill, UserText, UserTextList } from './user-text'
import { messageHint } from '../recruitment/message-hint'

describe('text people typed, inside a page of either direction', () => {
  it('isolates each name of a list, with the comma of the language between them', () => {
    expect(renderToStaticMarkup(<UserTextList items={['Ali Raza', 'Bushra Gul']} locale="ur" />)).toBe(
      '<bdi data-user-text="">Ali Raza</bdi>، <bdi data-user-text="">Bushra Gul</bdi>',
    )
    expect(renderToStaticMarkup(<UserTextList items={['Ali Raza', 'Bushra Gul']} locale="en" />)).toBe(
      '<bdi data-user-text="">Ali Raza</bdi>, <bdi data-user-text="">Bushra Gul</bdi>',
    )
  })

  it('fills a sentence with an isolated name, leaving the words of the sentence outside it', () => {
    const html = renderToStaticMarkup(
      <p>{fill('{name} نے جمع کرایا، {date}', { name: <UserText>Sidra Momand</UserText>, date: '10 نومبر' }, 'ur')}</p>,
    )
    expect(html).toBe('<p><bdi data-user-text="">Sidra Momand</bdi> نے جمع کرایا، 10 نومبر</p>')
  })

  it('shows the tokens of a message hint as code, left to right', () => {
    const html = renderToStaticMarkup(<p>{messageHint('{name}، {programme} اور {cycle} خود بھر دیے جاتے ہیں۔', 'ur')}</p>)
    expect(html).toContain('<code dir="ltr" class="text-xs">{name}</code>')
    expect(html).toContain('<code dir="ltr" class="text-xs">{cycle}</code>')
  })
})
