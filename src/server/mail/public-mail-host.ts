import "server-only";
import { lookup } from "node:dns/promises";
import { BlockList, isIP } from "node:net";
import { ValidationError } from "@/server/errors";

/** The ports mail is submitted on; anything else is a tenant probing the network through the CRM. */
const MAIL_PORTS = [25, 465, 587, 2525] as const;

/**
 * Where a tenant's SMTP server may not be: this machine, private and carrier-grade NAT networks, link-local (the
 * cloud metadata address 169.254.169.254 among them), multicast and reserved ranges, in IPv4 and IPv6.
 */
const INTERNAL = new BlockList();
for (const [network, prefix] of [
  ["0.0.0.0", 8],
  ["10.0.0.0", 8],
  ["100.64.0.0", 10],
  ["127.0.0.0", 8],
  ["169.254.0.0", 16],
  ["172.16.0.0", 12],
  ["192.0.0.0", 24],
  ["192.168.0.0", 16],
  ["198.18.0.0", 15],
  ["224.0.0.0", 3],
] as const)
  INTERNAL.addSubnet(network, prefix, "ipv4");
for (const [network, prefix] of [
  ["::", 128],
  ["::1", 128],
  ["fc00::", 7],
  ["fe80::", 10],
  ["ff00::", 8],
] as const)
  INTERNAL.addSubnet(network, prefix, "ipv6");

function isInternal(address: string): boolean {
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address)?.[1];
  if (mapped) return INTERNAL.check(mapped, "ipv4");
  return INTERNAL.check(address, isIP(address) === 6 ? "ipv6" : "ipv4");
}

/** For local development and the tests, whose mail servers listen on this machine; never set in a deployment. */
const allowInternal = () => process.env.TENANT_SMTP_ALLOW_INTERNAL === "1";

/**
 * The address to connect to for a tenant's mail server, resolved now and checked: connecting to the checked address
 * (not the name again) leaves no gap for a DNS answer that changes in between.
 */
export async function publicMailAddress(host: string, port: number): Promise<string> {
  if (allowInternal()) return host;
  if (!(MAIL_PORTS as readonly number[]).includes(port)) throw new ValidationError({ port: "validation.mailPort" });
  const addresses = await lookup(host, { all: true }).catch(() => []);
  if (addresses.length === 0) throw new ValidationError({ host: "validation.mailHostUnknown" });
  if (addresses.some((a) => isInternal(a.address))) throw new ValidationError({ host: "validation.mailHostInternal" });
  return addresses[0]!.address;
}
