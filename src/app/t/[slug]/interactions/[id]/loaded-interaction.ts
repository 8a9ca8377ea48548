import type { getInteraction } from "@/server/interactions/get-interaction";

export type LoadedInteraction = Awaited<ReturnType<typeof getInteraction>>["interaction"];

export interface InteractionSectionProps {
  slug: string;
  interaction: LoadedInteraction;
  timeZone: string;
}
