import shell from "./en/shell.json";
import validation from "./en/validation.json";
import counterparties from "./en/counterparties.json";
import interactions from "./en/interactions.json";
import trade from "./en/trade.json";
import admin from "./en/admin.json";
import classification from "./en/classification.json";
import reports from "./en/reports.json";

/** The English messages, one file per area of the app. */
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
