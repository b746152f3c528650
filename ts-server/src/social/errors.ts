import { ErrorCode } from "../core/codec.js";

/** A request the contract refuses: answered with ErrorReply{code} and changes nothing. */
export class RequestError extends Error {
  override name = "RequestError";

  constructor(
    readonly code: ErrorCode,
    message: string,
  ) {
    super(message);
  }
}

/** "MISSING_FIELD" for ERROR_CODE_MISSING_FIELD: short enough for a log line. */
export function codeName(code: ErrorCode): string {
  return (ErrorCode[code] ?? String(code)).replace(/^ERROR_CODE_/, "");
}

export const reject = (code: ErrorCode, message: string): never => {
  throw new RequestError(code, message);
};
