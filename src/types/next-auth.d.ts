import "next-auth";
import "next-auth/jwt";

interface Claims {
  userId: string;
  sessionVersion: number;
  sessionId?: string;
}

declare module "next-auth" {
  interface User {
    sessionVersion: number;
    sessionId: string;
  }
  interface Session {
    claims?: Claims;
  }
}

declare module "next-auth/jwt" {
  interface JWT {
    claims?: Claims;
  }
}
