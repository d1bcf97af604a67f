# Start methods and contexts, module-level helpers, exception classes
import multiprocessing as mp
import os


def child_method(q):
    q.put((mp.get_start_method(), mp.current_process().name))


if __name__ == '__main__':
    print(mp.get_start_method(allow_none=True))
    print(mp.get_all_start_methods())
    print(mp.get_start_method())
    try:
        mp.set_start_method('spawn')
    except RuntimeError as e:
        print('RuntimeError:', e)
    mp.set_start_method('fork', force=True)
    mp.set_start_method(None, force=True)
    print(mp.get_start_method(allow_none=True))
    try:
        mp.get_context('nonsense')
    except ValueError as e:
        print('ValueError:', e)
    for method in ('fork', 'spawn'):
        ctx = mp.get_context(method)
        print(method, type(ctx).__name__, ctx.get_start_method(), ctx.Process.__name__)
        try:
            ctx.set_start_method('fork')
        except ValueError as e:
            print('ValueError:', e)
    ctx = mp.get_context('fork')
    q = ctx.Queue()
    p = ctx.Process(target=child_method, args=(q,))
    p.start()
    print(q.get(timeout=10))
    p.join()
    print(mp.get_context() is mp.get_context(), mp.get_context().get_start_method())
    print(mp.cpu_count() == os.cpu_count(), mp.cpu_count() >= 1)
    print(mp.current_process().name, mp.parent_process(), mp.active_children())
    print(mp.freeze_support())
    for name in ('ProcessError', 'BufferTooShort', 'TimeoutError', 'AuthenticationError'):
        cls = getattr(mp, name)
        print(name, cls.__module__, [b.__name__ for b in cls.__mro__[1:-2]])
    print(mp.TimeoutError is mp.context.TimeoutError, mp.TimeoutError is TimeoutError)
    names = ['Array', 'Barrier', 'BoundedSemaphore', 'Condition', 'Event',
             'JoinableQueue', 'Lock', 'Manager', 'Pipe', 'Pool', 'Process',
             'Queue', 'RLock', 'RawArray', 'RawValue', 'Semaphore',
             'SimpleQueue', 'Value', 'get_logger', 'log_to_stderr',
             'allow_connection_pickling', 'set_executable', 'reducer']
    print([n for n in names if n not in mp.__all__])
    print(mp.SUBDEBUG, mp.SUBWARNING)
    logger = mp.get_logger()
    print(logger.name, logger is mp.get_logger())
    print(type(mp.current_process().authkey).__name__, len(mp.current_process().authkey))
