import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { imageAddressRefusal } from './image-address';

const production = { allowLoopback: false };
const testBuild = { allowLoopback: true };

describe('imageAddressRefusal', () => {
  it.each([
    'https://upload.wikimedia.org/wikipedia/commons/a/a9/Example.jpg',
    'http://images.example.com/x.png',
    'https://8.8.8.8/x.png',
    'https://172.32.0.1/x.png',
    'https://100.128.0.1/x.png',
    'https://[2606:4700::1111]/x.png',
    'https://example.com./x.png',
  ])('fetches %j', (url) => {
    expect(imageAddressRefusal(url, production)).toBeNull();
  });

  it.each([
    ['http://127.0.0.1:8080/x.png', 'private_address'],
    ['http://127.1/x.png', 'private_address'],
    ['http://2130706433/x.png', 'private_address'],
    ['http://0x7f000001/x.png', 'private_address'],
    ['http://0177.0.0.1/x.png', 'private_address'],
    ['http://0x7f.0.0.1/x.png', 'private_address'],
    ['http://0.0.0.0/x.png', 'private_address'],
    ['http://0/x.png', 'private_address'],
    ['http://10.1.2.3/x.png', 'private_address'],
    ['http://172.16.0.1/x.png', 'private_address'],
    ['http://172.31.255.255/x.png', 'private_address'],
    ['http://192.168.1.1/x.png', 'private_address'],
    ['http://169.254.169.254/latest/meta-data/', 'private_address'],
    ['http://100.64.0.1/x.png', 'private_address'],
    ['http://100.127.255.255/x.png', 'private_address'],
    ['http://224.0.0.1/x.png', 'private_address'],
    ['http://255.255.255.255/x.png', 'private_address'],
    ['http://[::1]/x.png', 'private_address'],
    ['http://[::]/x.png', 'private_address'],
    ['http://[::ffff:127.0.0.1]/x.png', 'private_address'],
    ['http://[::ffff:7f00:1]/x.png', 'private_address'],
    ['http://[::ffff:192.168.0.1]/x.png', 'private_address'],
    ['http://[::ffff:a9fe:a9fe]/x.png', 'private_address'],
    ['http://[::127.0.0.1]/x.png', 'private_address'],
    ['http://[64:ff9b::10.0.0.1]/x.png', 'private_address'],
    ['http://[fd00::1]/x.png', 'private_address'],
    ['http://[fe80::1]/x.png', 'private_address'],
    ['http://[ff02::1]/x.png', 'private_address'],
    ['http://localhost/x.png', 'local_name'],
    ['http://LOCALHOST./x.png', 'local_name'],
    ['http://app.localhost/x.png', 'local_name'],
    ['http://printer.local/x.png', 'local_name'],
    ['http://metadata.google.internal/x.png', 'local_name'],
    ['http://nas.home.arpa/x.png', 'local_name'],
    ['http://router/x.png', 'local_name'],
    ['http://user:pw@example.com/x.png', 'credentials'],
    ['ftp://example.com/x.png', 'not_web'],
    ['file:///etc/passwd', 'not_web'],
    ['data:image/png;base64,AAAA', 'not_web'],
    ['not a url', 'not_web'],
  ])('refuses %j (%s)', (url, reason) => {
    expect(imageAddressRefusal(url, production)).toBe(reason);
  });

  it('allows loopback only where the rule says so (the test build)', () => {
    for (const url of ['http://127.0.0.1:4010/x.png', 'http://[::1]/x', 'http://localhost/x']) {
      expect(imageAddressRefusal(url, testBuild)).toBeNull();
      expect(imageAddressRefusal(url, production)).not.toBeNull();
    }
    // The rest of the private ranges stay closed in the test build too.
    expect(imageAddressRefusal('http://192.168.1.1/x.png', testBuild)).toBe('private_address');
    expect(imageAddressRefusal('http://[::ffff:10.0.0.1]/x', testBuild)).toBe('private_address');
  });

  const privateV4 = fc.oneof(
    fc.tuple(fc.constant(10), fc.nat(255), fc.nat(255), fc.nat(255)),
    fc.tuple(fc.constant(127), fc.nat(255), fc.nat(255), fc.nat(255)),
    fc.tuple(fc.constant(172), fc.integer({ min: 16, max: 31 }), fc.nat(255), fc.nat(255)),
    fc.tuple(fc.constant(192), fc.constant(168), fc.nat(255), fc.nat(255)),
    fc.tuple(fc.constant(169), fc.constant(254), fc.nat(255), fc.nat(255)),
    fc.tuple(fc.constant(100), fc.integer({ min: 64, max: 127 }), fc.nat(255), fc.nat(255)),
    fc.tuple(fc.constant(0), fc.nat(255), fc.nat(255), fc.nat(255)),
  );
  const encode = (o: number[], style: number): string => {
    const n = ((o[0]! << 24) >>> 0) + (o[1]! << 16) + (o[2]! << 8) + o[3]!;
    switch (style) {
      case 0:
        return o.join('.');
      case 1:
        return String(n);
      case 2:
        return `0x${n.toString(16)}`;
      case 3:
        return o.map((x) => `0${x.toString(8)}`).join('.');
      case 4:
        return o.map((x) => `0x${x.toString(16)}`).join('.');
      case 5:
        return `[::ffff:${o.join('.')}]`;
      default: {
        const hex = (a: number, b: number) => ((a << 8) | b).toString(16);
        return `[::ffff:${hex(o[0]!, o[1]!)}:${hex(o[2]!, o[3]!)}]`;
      }
    }
  };

  it('refuses a private IPv4 address however it is written', () => {
    fc.assert(
      fc.property(privateV4, fc.integer({ min: 0, max: 6 }), (octets, style) => {
        const url = `http://${encode(octets, style)}/image.png`;
        expect(imageAddressRefusal(url, production)).toBe('private_address');
      }),
    );
  });

  it('fetches from public names', () => {
    const publicName = fc
      .domain()
      .filter(
        (d) => d.includes('.') && !/\.(localhost|local|internal|lan|home\.arpa|intranet)$/.test(d),
      )
      .filter((d) => !/^[\d.]+$/.test(d) && !/^localhost$/.test(d));
    fc.assert(
      fc.property(publicName, fc.webPath(), (host, path) => {
        expect(imageAddressRefusal(`https://${host}${path}`, production)).toBeNull();
      }),
    );
  });
});
