-- Headless Neovim (0.7 or later) as a second, independent LSP client of the
-- Minutes language server. It opens the file given on the command line,
-- starts `node $MINUTES_LS --stdio`, waits until the server has published
-- diagnostics for the buffer, then prints them and the document symbols to
-- stdout and quits: exit code 0, or 1 when nothing was published in time.
-- test/lsp/neovim.test.ts runs it and checks what it prints.
--
-- Output lines:
--   READY filetype=<ft> clients=<n>
--   DIAG <line>:<col> <severity> [<source>] <code>: <message>     (1-based)
--   SYMBOL <depth> <name> | <detail>
local server = assert(os.getenv('MINUTES_LS'), 'set MINUTES_LS to the path of out/server.js')
local timeout_ms = tonumber(os.getenv('LSP_WAIT_MS') or '20000')

vim.cmd('autocmd BufRead,BufNewFile *.minutes setfiletype minutes')

vim.api.nvim_create_autocmd('FileType', {
  pattern = 'minutes',
  callback = function(args)
    -- vim.lsp.start_client works from 0.7 on (vim.lsp.start is 0.8+).
    local id = vim.lsp.start_client({
      name = 'minutes',
      cmd = { 'node', server, '--stdio' },
      root_dir = vim.fn.getcwd(),
      settings = { minutes = { today = os.getenv('MINUTES_TODAY') or '' } },
      -- Neovim 0.7 does not answer workspace/configuration on its own; as
      -- nvim-lspconfig does, push the settings once the server is up.
      on_init = function(client)
        client.notify('workspace/didChangeConfiguration', { settings = client.config.settings })
      end,
    })
    vim.lsp.buf_attach_client(args.buf, id)
  end,
})

local function out(s)
  io.stdout:write(s .. '\n')
end

-- Note when the server has published for this buffer at all (an empty list counts).
local published = false
local orig = vim.lsp.handlers['textDocument/publishDiagnostics']
vim.lsp.handlers['textDocument/publishDiagnostics'] = function(err, result, ctx, config)
  published = true
  return orig(err, result, ctx, config)
end

local severities = { 'error', 'warning', 'info', 'hint' }

local function print_symbols(symbols, depth)
  for _, s in ipairs(symbols or {}) do
    out(string.format('SYMBOL %d %s | %s', depth, s.name, s.detail or ''))
    print_symbols(s.children, depth + 1)
  end
end

vim.api.nvim_create_autocmd('VimEnter', {
  callback = function()
    local buf = vim.api.nvim_get_current_buf()
    local ok = vim.wait(timeout_ms, function() return published end, 10)
    out(string.format('READY filetype=%s clients=%d', vim.bo[buf].filetype, #vim.tbl_keys(vim.lsp.buf_get_clients(buf))))
    local diagnostics = vim.diagnostic.get(buf)
    table.sort(diagnostics, function(a, b) return a.lnum < b.lnum or (a.lnum == b.lnum and a.col < b.col) end)
    for _, d in ipairs(diagnostics) do
      local code = d.code or (d.user_data and d.user_data.lsp and d.user_data.lsp.code) or '?'
      out(string.format('DIAG %d:%d %s [%s] %s: %s', d.lnum + 1, d.col + 1, severities[d.severity] or '?', d.source or '?', code, d.message))
    end
    local params = { textDocument = vim.lsp.util.make_text_document_params() }
    local responses = vim.lsp.buf_request_sync(buf, 'textDocument/documentSymbol', params, 10000) or {}
    for _, r in pairs(responses) do
      if r.err then out('ERROR ' .. vim.inspect(r.err)) end
      print_symbols(r.result, 0)
    end
    vim.lsp.stop_client(vim.lsp.get_active_clients())
    vim.cmd(ok and 'qall!' or 'cquit 1')
  end,
})
