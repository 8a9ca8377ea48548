import "next-auth";
import "next-auth/jwt";

interface Claims {
  userId: string;
  sessionVersion: number;
}

declare module "next-auth" {
  interface User {
    sessionVersion: number;
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
