/** An error answered by the API ({ error: { code, message, hint } }) or a failed request. */
export class ApiError extends Error {
  readonly code: string;
  readonly hint: string | undefined;
  readonly status: number;

  constructor(code: string, message: string, status: number, hint?: string) {
    super(message);
    this.name = 'ApiError';
    this.code = code;
    this.status = status;
    this.hint = hint;
  }
}

interface ErrorBody {
  error?: { code?: unknown; message?: unknown; hint?: unknown };
}

export async function errorFromResponse(response: Response): Promise<ApiError> {
  let body: ErrorBody | undefined;
  try {
    body = (await response.json()) as ErrorBody;
  } catch {
    body = undefined;
  }
  const error = body?.error;
  return new ApiError(
    typeof error?.code === 'string' ? error.code : `HTTP_${response.status}`,
    typeof error?.message === 'string' ? error.message : `${response.status} ${response.statusText}`,
    response.status,
    typeof error?.hint === 'string' ? error.hint : undefined,
  );
}
