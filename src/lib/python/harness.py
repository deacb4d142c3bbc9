# The exercise harness (src/lib/python/harness.ts runs it after loading Pyodide, in the worker and in
# the Node tests): defines declic_run. DECLIC_CAPTURE_LIMIT is set just before, from protocol.ts.
import ast, builtins, difflib, importlib.abc, importlib.util, json, sys, traceback

class _DeclicLibraries(importlib.abc.MetaPathFinder, importlib.abc.Loader):
    """The site's own Python modules (dessin), imported from source held in memory, not from files."""
    def __init__(self):
        self.sources, self.code = {}, {}
    def add(self, name, source):
        self.sources[name] = source
        self.code[name] = compile(source, name + '.py', 'exec')
    def find_spec(self, name, path=None, target=None):
        if name in self.code:
            return importlib.util.spec_from_loader(name, self, origin=name + '.py')
        return None
    def create_module(self, spec):
        return None
    def exec_module(self, module):
        module.__file__ = module.__name__ + '.py'
        exec(self.code[module.__name__], module.__dict__)
    def forget(self):
        # A fresh import at every run: the drawing state starts anew, whatever the last program did.
        for name in self.code:
            sys.modules.pop(name, None)

_declic_libraries = _DeclicLibraries()
sys.meta_path.insert(0, _declic_libraries)

def declic_add_library(name, source):
    _declic_libraries.add(name, source)

class _DeclicStepLimit(BaseException):
    pass

class _DeclicOutput:
    def __init__(self, emit, limit):
        self.emit, self.limit, self.parts, self.size = emit, limit, [], 0
    def write(self, text):
        text = str(text)
        if self.size < self.limit:
            self.parts.append(text[: self.limit - self.size])
            self.size += len(text)
        self.emit(text)
        return len(text)
    def flush(self):
        pass
    def value(self):
        return ''.join(self.parts)

_DECLIC_KEYWORDS = {
    'for': ast.For, 'while': ast.While, 'if': ast.If, 'def': ast.FunctionDef, 'return': ast.Return,
    'import': ast.Import, 'in': ast.In, 'else': None, 'elif': None,
}

def _declic_uses(source, word):
    try:
        tree = ast.parse(source)
    except SyntaxError:
        return False
    node_type = _DECLIC_KEYWORDS.get(word)
    for node in ast.walk(tree):
        if node_type is not None and isinstance(node, node_type):
            return True
        if isinstance(node, ast.Name) and node.id == word:
            return True
        if isinstance(node, ast.Attribute) and node.attr == word:
            return True
        if word in ('else', 'elif') and isinstance(node, ast.If) and node.orelse:
            return True
    return False

def _declic_error(exc, namespace, filename, source):
    line, code = None, None
    if isinstance(exc, SyntaxError) and exc.filename == filename:
        line, code = exc.lineno, exc.text
        message = exc.msg
    else:
        message = str(exc)
        frames = [f for f in traceback.extract_tb(exc.__traceback__) if f.filename == filename]
        if frames:
            line = frames[-1].lineno
    if line and not code:
        lines = source.splitlines()
        code = lines[line - 1] if 0 < line <= len(lines) else None
    suggestion = None
    name = getattr(exc, 'name', None) if isinstance(exc, NameError) else None
    if name:
        candidates = [n for n in list(namespace) + dir(builtins) if not n.startswith('_')]
        close = difflib.get_close_matches(name, candidates, n=1)
        suggestion = close[0] if close else None
    kind = 'Timeout' if isinstance(exc, _DeclicStepLimit) else type(exc).__name__
    advice = getattr(exc, 'declic_conseil', None)
    return {'type': kind, 'message': message, 'line': line,
            'code': code.strip('\n') if code else None, 'suggestion': suggestion,
            'advice': advice if isinstance(advice, str) else None}

def _declic_drawing():
    module = sys.modules.get('dessin')
    if module is None:
        return None
    try:
        return json.loads(json.dumps(module._declic_dessin(), default=lambda value: None))
    except BaseException:
        return None

def declic_run(request_json, emit):
    request = json.loads(request_json)
    source, stdin, step_limit = request['code'], list(request['stdin']), request.get('stepLimit')
    out = _DeclicOutput(emit, DECLIC_CAPTURE_LIMIT)
    namespace = {'__name__': '__main__'}

    def fake_input(prompt=''):
        out.write(str(prompt))
        if not stdin:
            raise EOFError('no more input')
        value = stdin.pop(0)
        out.write(value + '\n')
        return value

    steps = [0]
    def tracer(frame, event, arg):
        if event == 'line' and frame.f_code.co_filename == '<exercice>':
            steps[0] += 1
            if steps[0] > step_limit:
                raise _DeclicStepLimit()
        return tracer

    saved = sys.stdout, sys.stderr, builtins.input
    sys.stdout = sys.stderr = out
    builtins.input = fake_input
    error, checks, drawing = None, [], None
    _declic_libraries.forget()
    try:
        if step_limit:
            sys.settrace(tracer)
        try:
            exec(compile(source, '<exercice>', 'exec'), namespace)
        except BaseException as exc:
            error = _declic_error(exc, namespace, '<exercice>', source)
        drawing = _declic_drawing()
        drawn = sys.modules.get('dessin')
        if error is None:
            for check in request['checks']:
                if check['kind'] != 'assert':
                    checks.append({'ok': None, 'error': None})
                    continue
                scope = dict(namespace)
                scope.update(OUTPUT=out.value(), SOURCE=source, uses=lambda word: _declic_uses(source, word),
                             defined=lambda name: name in namespace)
                # Checks of a drawing call formes(), taille_toile(), svg(): the module's, even when the
                # program only wrote « import dessin » or used those names for something else.
                if drawn is not None:
                    scope.update(dessin=drawn, formes=drawn.formes, taille_toile=drawn.taille_toile, svg=drawn.svg)
                try:
                    exec(compile(check['code'], '<verification>', 'exec'), scope)
                    checks.append({'ok': True, 'error': None})
                except AssertionError:
                    checks.append({'ok': False, 'error': None})
                except BaseException as exc:
                    checks.append({'ok': False, 'error': _declic_error(exc, namespace, '<exercice>', source)})
    finally:
        sys.settrace(None)
        sys.stdout, sys.stderr, builtins.input = saved
    return json.dumps({'output': out.value(), 'error': error, 'checks': checks, 'drawing': drawing})
