-- Headless Neovim (0.7+) as a second, independent LSP client of out/server.js
-- (over stdio). Prints the diagnostics and document symbols of the file it
-- opens, then exits 0, or 1 when the server published nothing in time.
local server = os.getenv('MINUTES_LS')
local timeout_ms = tonumber(os.getenv('LSP_WAIT_MS') or '15000')

vim.cmd('autocmd BufRead,BufNewFile *.minutes setfiletype minutes')

vim.api.nvim_create_autocmd('FileType', {
  pattern = 'minutes',
  callback = function(args)
    -- vim.lsp.start_client exists from 0.7 on (vim.lsp.start only from 0.8).
    local id = vim.lsp.start_client({ name = 'minutes', cmd = { 'node', server, '--stdio' }, root_dir = vim.fn.getcwd() })
    vim.lsp.buf_attach_client(args.buf, id)
  end,
})

local function out(s) io.stdout:write(s .. '\n') end

local published = false
local original = vim.lsp.handlers['textDocument/publishDiagnostics']
vim.lsp.handlers['textDocument/publishDiagnostics'] = function(err, result, ctx, config)
  published = true
  return original(err, result, ctx, config)
end

local function flatten(symbols, depth)
  for _, s in ipairs(symbols or {}) do
    out('SYMBOL ' .. string.rep('  ', depth) .. s.name)
    flatten(s.children, depth + 1)
  end
end

vim.api.nvim_create_autocmd('VimEnter', {
  callback = function()
    local buf = vim.api.nvim_get_current_buf()
    local ok = vim.wait(timeout_ms, function() return published end, 20)
    out(string.format('FILETYPE %s CLIENTS %d PUBLISHED %s', vim.bo[buf].filetype, #vim.tbl_keys(vim.lsp.buf_get_clients(buf)), tostring(ok)))
    for _, d in ipairs(vim.diagnostic.get(buf)) do
      out(string.format('DIAG %d:%d %s [%s] %s', d.lnum + 1, d.col + 1, vim.diagnostic.severity[d.severity] or '?', tostring(d.code or (d.user_data and d.user_data.lsp and d.user_data.lsp.code) or ''), (d.message:gsub('\n', ' '))))
    end
    local params = { textDocument = vim.lsp.util.make_text_document_params() }
    for _, r in pairs(vim.lsp.buf_request_sync(buf, 'textDocument/documentSymbol', params, 5000) or {}) do
      flatten(r.result, 0)
    end
    vim.lsp.stop_client(vim.lsp.get_active_clients())
    vim.cmd(ok and 'qall!' or 'cquit 1')
  end,
})
