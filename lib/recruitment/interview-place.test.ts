import { describe, expect, it } from 'vitest'
import { placeParts, safeWebLink } from './interview-place'

describe("an interview's place, with its link made followable", () => {
  it('makes a whole video-call address one link', () => {
    expect(placeParts('https://meet.example.pk/nih-panel')).toEqual([
      { href: 'https://meet.example.pk/nih-panel', label: 'https://meet.example.pk/nih-panel' },
    ])
  })

  it('finds a link inside words, leaving the sentence’s punctuation outside it', () => {
    expect(placeParts('Video call: https://meet.example.pk/nih-panel. PIN 4411')).toEqual([
      { text: 'Video call: ' },
      { href: 'https://meet.example.pk/nih-panel', label: 'https://meet.example.pk/nih-panel' },
      { text: '. PIN 4411' },
    ])
    expect(placeParts('ویڈیو کال (https://meet.example.pk/x)۔')).toEqual([
      { text: 'ویڈیو کال (' },
      { href: 'https://meet.example.pk/x', label: 'https://meet.example.pk/x' },
      { text: ')۔' },
    ])
  })

  it('keeps an address or a phone number as text', () => {
    expect(placeParts('Room 4, P&D Department, Civil Secretariat, Peshawar')).toEqual([
      { text: 'Room 4, P&D Department, Civil Secretariat, Peshawar' },
    ])
    expect(placeParts('0300 1234567')).toEqual([{ text: '0300 1234567' }])
  })

  it('never links anything but http and https, nor hides a direction override in a link', () => {
    for (const s of [
      'javascript:alert(1)',
      'data:text/html,<b>x</b>',
      'ftp://files.example.pk/a',
      'www.example.pk',
      'JaVaScRiPt://%0aalert(1)',
    ]) {
      expect(
        placeParts(s).every((p) => 'text' in p),
        s,
      ).toBe(true)
    }
    const spoof = placeParts('https://meet.example.pk/\u202Egnp.exe')
    expect(spoof[0]).toEqual({ href: 'https://meet.example.pk/', label: 'https://meet.example.pk/' })
    expect(spoof[1]).toEqual({ text: '\u202Egnp.exe' })
    expect(safeWebLink('https://')).toBeNull()
    expect(safeWebLink('http://exa mple.pk')).toBeNull()
  })
})
