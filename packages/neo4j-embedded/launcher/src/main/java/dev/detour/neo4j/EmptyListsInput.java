package dev.detour.neo4j;

import java.io.IOException;
import org.neo4j.batchimport.api.InputIterable;
import org.neo4j.batchimport.api.InputIterator;
import org.neo4j.batchimport.api.input.Collector;
import org.neo4j.batchimport.api.input.Input;
import org.neo4j.batchimport.api.input.InputChunk;
import org.neo4j.batchimport.api.input.InputEntityVisitor;

/**
 * The importer's CSV input, with one addition: a column named {@value #COLUMN} lists the list
 * properties of the row that are empty. The CSV format has no way to say "an empty list" (an empty
 * field is no property at all), while Cypher stores {@code []}; Detour stores empty lists (an
 * entity without aliases has {@code aliases: []}), and a store built by the importer must read the
 * same as one written through Cypher. The column itself is never stored.
 */
final class EmptyListsInput extends Input.Delegate {
  static final String COLUMN = "_emptyLists";
  private static final String[] EMPTY = new String[0];

  EmptyListsInput(Input delegate) {
    super(delegate);
  }

  @Override
  public InputIterable nodes(Collector collector) {
    return wrap(delegate.nodes(collector));
  }

  @Override
  public InputIterable relationships(Collector collector) {
    return wrap(delegate.relationships(collector));
  }

  private static InputIterable wrap(InputIterable iterable) {
    return () -> {
      InputIterator iterator = iterable.iterator();
      return new InputIterator() {
        @Override
        public InputChunk newChunk() {
          return new Chunk(iterator.newChunk());
        }

        @Override
        public boolean next(InputChunk chunk) throws IOException {
          return iterator.next(((Chunk) chunk).inner);
        }

        @Override
        public void close() throws IOException {
          iterator.close();
        }
      };
    };
  }

  /** One of the CSV input's chunks, read through an {@link EmptyListsVisitor}. */
  private static final class Chunk implements InputChunk {
    final InputChunk inner;
    private InputEntityVisitor visitor;
    private EmptyListsVisitor wrapper;

    Chunk(InputChunk inner) {
      this.inner = inner;
    }

    @Override
    public boolean next(InputEntityVisitor visitor) throws IOException {
      if (visitor != this.visitor) {
        this.visitor = visitor;
        this.wrapper = new EmptyListsVisitor(visitor);
      }
      return inner.next(wrapper);
    }

    @Override
    public void close() throws IOException {
      inner.close();
    }
  }

  /** Turns the {@value #COLUMN} value into empty list properties, and forwards everything else. */
  private static final class EmptyListsVisitor extends InputEntityVisitor.Delegate {
    EmptyListsVisitor(InputEntityVisitor actual) {
      super(actual);
    }

    @Override
    public boolean property(String key, Object value) {
      if (!COLUMN.equals(key)) return super.property(key, value);
      if (value instanceof String[] names) {
        for (String name : names) super.property(name, EMPTY);
      }
      return true;
    }
  }
}
