/**
 * Setting up e2e stories through the API, the way another bank system or a script would: plain
 * GraphQL over HTTP against the stack's server, as a signed-in user. Fails loudly on any error.
 */
export interface GraphqlError {
  message: string;
  extensions?: { code?: string; messages?: { zh: string; en: string } };
}

export class GraphqlApi {
  constructor(
    private readonly url: string,
    private readonly token: string | null = null,
  ) {}

  /** Signs in and returns a client acting as that user. */
  static async signIn(url: string, username: string, password: string): Promise<GraphqlApi> {
    const data = await new GraphqlApi(url).run<{ login: { accessToken: string } }>(
      `mutation($u: String!, $p: String!) { login(username: $u, password: $p) { accessToken } }`,
      { u: username, p: password },
    );
    return new GraphqlApi(url, data.login.accessToken);
  }

  /** The raw answer, errors included. */
  async request<T>(
    query: string,
    variables: Record<string, unknown> = {},
  ): Promise<{ data?: T; errors?: GraphqlError[] }> {
    const res = await fetch(this.url, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'accept-language': 'zh-CN',
        ...(this.token ? { authorization: `Bearer ${this.token}` } : {}),
      },
      body: JSON.stringify({ query, variables }),
    });
    return (await res.json()) as { data?: T; errors?: GraphqlError[] };
  }

  /** The data; throws with the server's error when there is one. */
  async run<T>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
    const body = await this.request<T>(query, variables);
    if (body.errors?.length || !body.data) {
      throw new Error(`GraphQL failed: ${JSON.stringify(body.errors ?? body)}\n${query}`);
    }
    return body.data;
  }
}

/** Creates a flow template from a shipped seed and publishes it. */
export async function publishSeedTemplate(
  api: GraphqlApi,
  key: string,
  kind: string,
  name: { zh: string; en: string },
): Promise<void> {
  const created = await api.run<{ createFlowTemplate: { draft: { revision: number } } }>(
    `mutation($input: CreateFlowTemplateInput!) { createFlowTemplate(input: $input) { draft { revision } } }`,
    { input: { key, name, kind, fromSeed: key } },
  );
  await api.run(
    `mutation($key: String!, $base: Int!) { publishFlowTemplate(key: $key, baseRevision: $base) { version } }`,
    { key, base: created.createFlowTemplate.draft.revision },
  );
}

/** Creates a role with case permissions unless it exists. */
export async function ensureRole(api: GraphqlApi, key: string): Promise<void> {
  const { roles } = await api.run<{ roles: { key: string }[] }>(`{ roles { key } }`);
  if (roles.some((r) => r.key === key)) return;
  await api.run(`mutation($input: CreateRoleInput!) { createRole(input: $input) { key } }`, {
    input: { key, name: { zh: key, en: key }, permissions: ['case.read', 'case.work'] },
  });
}

/** Creates a staff user in the customer-service department. */
export async function createStaff(
  api: GraphqlApi,
  user: { username: string; displayName: string; password: string; roles: string[] },
): Promise<void> {
  await api.run(`mutation($input: CreateUserInput!) { createUser(input: $input) { id } }`, {
    input: { ...user, departments: ['CUSTOMER_SERVICE'] },
  });
}

export const CUSTOMER = {
  name: '张三',
  idNumber: '11010519491231002X',
  phone: '13800138000',
  bankCard: '6222021234567890128',
  address: '北京市东城区东长安街1号',
};
