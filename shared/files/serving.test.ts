import {describe, expect, it} from 'vitest';
import {isPreviewableImage, mediaType, serving} from './serving.ts';

describe('how a file is served', () => {
  it.each([
    ['image/jpeg', 'image/jpeg'],
    ['IMAGE/PNG; name=x', 'image/png'],
    ['application/pdf', 'application/pdf'],
    ['text/plain', 'text/plain; charset=utf-8'],
  ])('shows %s in place', (mime, type) => {
    expect(serving(mime)).toEqual({contentType: type, disposition: 'inline'});
  });

  it.each([
    'text/html',
    'image/svg+xml',
    'application/xhtml+xml',
    'text/xml',
    'application/xml',
    'text/javascript',
    'application/javascript',
    'text/css',
    'multipart/x-mixed-replace',
    'application/octet-stream',
    'text/html;charset=utf-8',
    'nonsense',
    '',
    'text/plain\r\nX-Evil: 1',
  ])('hands %j over as opaque bytes to download', (mime) => {
    expect(serving(mime)).toEqual({contentType: 'application/octet-stream', disposition: 'attachment'});
  });

  it('previews only raster images', () => {
    expect(isPreviewableImage('image/webp')).toBe(true);
    expect(isPreviewableImage('image/svg+xml')).toBe(false);
    expect(isPreviewableImage('application/pdf')).toBe(false);
  });

  it('reads a media type only when it is one', () => {
    expect(mediaType(' Text/Plain ; charset=koi8-r')).toBe('text/plain');
    expect(mediaType('text/plain\u0000')).toBe('');
    expect(mediaType('a b/c')).toBe('');
  });
});
