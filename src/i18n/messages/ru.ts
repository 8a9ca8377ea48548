import shell from "./ru/shell.json";
import validation from "./ru/validation.json";
import counterparties from "./ru/counterparties.json";
import interactions from "./ru/interactions.json";
import trade from "./ru/trade.json";
import admin from "./ru/admin.json";
import classification from "./ru/classification.json";
import reports from "./ru/reports.json";

/** The Russian messages, one file per area of the app. */
const messages = {
  ...shell,
  ...validation,
  ...counterparties,
  ...interactions,
  ...trade,
  ...admin,
  ...classification,
  ...reports,
};
export default messages;
